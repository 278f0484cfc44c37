package org.gazette.render;

import freemarker.ext.beans.BeanModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Freemarker's {@link DefaultObjectWrapper} with a fast path for what page models are made of:
 * strings, numbers, booleans, lists, maps and the records of {@link Views}.
 *
 * <p>The default wrapper asks every value a chain of {@code instanceof} questions (interfaces
 * mostly, which on two cores keep rewriting each class's one-entry cache of its last match), and
 * reads a record's component through a bean model: a cache look-up to make the model, a map of
 * members per model, a reflective call per read. Rendering the pages spent about a third of
 * Freemarker's time there. Here each class is classified once ({@link ClassValue}), and a
 * record's components are read through method handles found once per class. Templates see the
 * same models as before: the same scalars, numbers, booleans, list and map adapters, and for a
 * record a hash whose every other key, method call, {@code ?keys}, {@code ?api} or string form is
 * answered by the bean model the default wrapper makes.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    private enum Kind { MODEL, NUMBER, BOOLEAN, LIST, MAP, RECORD, OTHER }

    private final ClassValue<Kind> kinds = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> c) {
            return kindOf(c);
        }
    };

    private final ClassValue<RecordShape> shapes = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> c) {
            return RecordShape.of(c);
        }
    };

    ViewWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        // kindOf mirrors the default wrapper with container adapters, the default since 2.3.22
        if (!getUseAdaptersForContainers()) throw new IllegalStateException("ViewWrapper assumes container adapters");
        writeProtect();
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj == null) return super.wrap(null);
        Class<?> c = obj.getClass();
        if (c == String.class) return new SimpleScalar((String) obj); // the commonest value, before any look-up
        switch (kinds.get(c)) {
            case MODEL:
                return (TemplateModel) obj;
            case NUMBER:
                return new SimpleNumber((Number) obj);
            case BOOLEAN:
                return (Boolean) obj ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            case LIST:
                return DefaultListAdapter.adapt((List<?>) obj, this);
            case MAP:
                return DefaultMapAdapter.adapt((Map<?, ?>) obj, this);
            case RECORD:
                return new RecordModel(obj, shapes.get(c), this);
            default:
                return super.wrap(obj);
        }
    }

    /**
     * The default wrapper's first matching case for objects of class {@code c}, in its order: only
     * the cases page models use are taken here, every other class goes to the default wrapper.
     * Strings never get here ({@link #wrap} takes them first).
     */
    private static Kind kindOf(Class<?> c) {
        if (TemplateModel.class.isAssignableFrom(c)) return Kind.MODEL;
        if (Number.class.isAssignableFrom(c)) return Kind.NUMBER;
        if (Date.class.isAssignableFrom(c) || c.isArray()) return Kind.OTHER;
        if (Collection.class.isAssignableFrom(c)) return List.class.isAssignableFrom(c) ? Kind.LIST : Kind.OTHER;
        if (Map.class.isAssignableFrom(c)) return Kind.MAP;
        if (c == Boolean.class) return Kind.BOOLEAN;
        if (c.isRecord() && Modifier.isPublic(c.getModifiers())) return Kind.RECORD;
        return Kind.OTHER;
    }

    /** A record class's component names and accessors. */
    private record RecordShape(Map<String, MethodHandle> accessors) {
        static RecordShape of(Class<?> c) {
            Map<String, MethodHandle> accessors = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent rc : c.getRecordComponents()) {
                try {
                    MethodHandle h = lookup.unreflect(rc.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
                    accessors.put(rc.getName(), h);
                } catch (IllegalAccessException e) {
                    // not public: the bean model answers for it, as before
                }
            }
            return new RecordShape(Map.copyOf(accessors));
        }
    }

    /**
     * A record as templates see it: its components read directly, everything else asked of the
     * bean model the default wrapper would have made, made only when needed.
     */
    private static final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel,
            AdapterTemplateModel, WrapperTemplateModel, TemplateModelWithAPISupport, TemplateScalarModel {
        private final Object record;
        private final RecordShape shape;
        private final ViewWrapper wrapper;
        private BeanModel bean;

        RecordModel(Object record, RecordShape shape, ViewWrapper wrapper) {
            this.record = record;
            this.shape = shape;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = shape.accessors.get(key);
            if (accessor == null) return bean().get(key);
            Object value;
            try {
                value = (Object) accessor.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("reading " + key + " of " + record.getClass().getSimpleName(), e);
            }
            return wrapper.wrap(value);
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return ((MethodCallAwareTemplateHashModel) bean()).getBeforeMethodCall(key);
        }

        private BeanModel bean() throws TemplateModelException {
            if (bean == null) bean = (BeanModel) wrapper.superWrap(record);
            return bean;
        }

        @Override
        public boolean isEmpty() {
            return false; // what a bean model says of any object that is not a string, container or false
        }

        @Override
        public int size() throws TemplateModelException {
            return bean().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return bean().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return bean().values();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }

        @Override
        public TemplateModel getAPI() throws TemplateModelException {
            return bean().getAPI();
        }

        @Override
        public String getAsString() throws TemplateModelException {
            return ((TemplateScalarModel) bean()).getAsString();
        }
    }

    private TemplateModel superWrap(Object obj) throws TemplateModelException {
        return super.wrap(obj);
    }
}
