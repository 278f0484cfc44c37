package org.gazette.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link Folding#key} of names that recur, each computed once: tag names are a few per article from
 * a vocabulary far smaller than the archive, and folding one costs more than a hash lookup.
 * Thread-safe; holds one entry per distinct name, so keep it only as long as its step.
 */
public final class KeyMemo {
    private final ConcurrentHashMap<String, String> keys = new ConcurrentHashMap<>();

    public String key(String name) {
        String k = keys.get(name);
        if (k == null) {
            k = Folding.key(name);
            keys.putIfAbsent(name, k);
        }
        return k;
    }
}
