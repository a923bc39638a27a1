package io.stageflow.kit.plan;

import io.stageflow.events.Period;
import io.stageflow.events.ids.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The aggregate id of a plan figure, derived from what identifies it, so that setting a figure needs
 * no lookup and every replica finds the same aggregate: {@code <kind>:<tenant>:<uuid>}, the uuid a
 * name-based UUID (RFC 9562 version 5) of the kind, tenant, period and key parts. The tenant is also
 * written out, so two tenants' ids can never be equal, whatever the hash does; tenant ids have no
 * {@code :}, so the prefix cannot be ambiguous. The longest id (64-character tenant) has 107
 * characters, inside the contract's 128. Never change the encoding: every stored figure would be
 * orphaned under its old id.
 */
public final class PlanIds {
    /** The namespace of every plan id; fixed forever, like the encoding. */
    static final UUID NAMESPACE = UUID.fromString("6f0c3c1e-4b1a-5d4e-9a57-5ee2f1a0c9b4");

    private PlanIds() {}

    /** @param parts the key parts in their canonical form; null (an absent campaign) differs from any text */
    public static String derive(String kind, TenantId tenant, Period period, String... parts) {
        StringBuilder name = new StringBuilder();
        append(name, kind);
        append(name, tenant.value());
        append(name, period.value());
        for (String part : parts) {
            append(name, part);
        }
        return kind + ":" + tenant.value() + ":" + nameBased(NAMESPACE, name.toString());
    }

    /** Length-prefixed, so no two different part lists give the same name ("a:b","c" versus "a","b:c"). */
    private static void append(StringBuilder name, String part) {
        if (part == null) {
            name.append('~');
        } else {
            name.append(part.length()).append(':').append(part);
        }
    }

    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
