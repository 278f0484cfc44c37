package org.gazette.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RadixSortTest {
    @Property
    void sortsAsUnsignedNumbersAndCarriesEachPayloadStably(@ForAll List<@net.jqwik.api.constraints.LongRange(min = -4, max = 4) Long> small,
                                                           @ForAll List<Long> any) {
        long[] keys = new long[small.size() + any.size()];
        for (int i = 0; i < small.size(); i++) keys[i] = small.get(i);
        for (int i = 0; i < any.size(); i++) keys[small.size() + i] = any.get(i);
        long[] original = keys.clone();
        long[] payload = new long[keys.length];
        for (int i = 0; i < payload.length; i++) payload[i] = i;
        RadixSort.sort(keys, payload, keys.length);
        for (int i = 0; i < keys.length; i++) {
            assertThat(keys[i]).isEqualTo(original[(int) payload[i]]);
            if (i > 0) {
                assertThat(Long.compareUnsigned(keys[i - 1], keys[i])).isLessThanOrEqualTo(0);
                if (keys[i - 1] == keys[i]) assertThat(payload[i - 1]).as("stable").isLessThan(payload[i]);
            }
        }
        long[] expected = original.clone();
        Arrays.sort(expected);
        long[] signed = new long[keys.length];
        for (int i = 0; i < keys.length; i++) signed[i] = original[i] ^ Long.MIN_VALUE;
        RadixSort.sort(signed, new long[keys.length], keys.length);
        for (int i = 0; i < keys.length; i++) signed[i] ^= Long.MIN_VALUE;
        assertThat(signed).as("with the sign bit flipped: signed order").containsExactly(expected);
    }

    @Property
    void sortsSignedAndTellsWhereEachKeyCameFrom(@ForAll List<Long> any) {
        long[] original = any.stream().mapToLong(Long::longValue).toArray();
        long[] keys = original.clone();
        int[] from = RadixSort.sortSigned(keys);
        long[] expected = original.clone();
        Arrays.sort(expected);
        assertThat(keys).containsExactly(expected);
        for (int i = 0; i < keys.length; i++) assertThat(original[from[i]]).isEqualTo(keys[i]);
    }
}
