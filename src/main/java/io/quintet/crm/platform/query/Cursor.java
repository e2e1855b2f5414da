package io.quintet.crm.platform.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, signed keyset cursors: the sort values of a page's last row, which the next page starts after.
 *
 * <p>Layout before base64url: a version byte, the value count, each value (a presence byte, then the
 * UTF-8 text form length-prefixed), then an HMAC-SHA256 over the resource and sort fingerprint and
 * everything before it. The fingerprint is signed rather than stored, so a cursor replayed against
 * another list or sort fails verification just like a forged one. Signing prevents tampering, not
 * reading: a cursor reveals the sort values of one row the client has already seen.
 */
public final class Cursor {

    /** Shortest HMAC key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 32;

    private static final String INVALID = "Invalid cursor: it was not issued for this list and sort";
    // Room for a few long text sort values, yet junk is refused before any decoding or hashing.
    private static final int MAX_LENGTH = 8192;
    private static final int VERSION = 1;
    private static final int MAC_BYTES = 32;
    private static final String MAC_ALGORITHM = "HmacSHA256";

    private Cursor() {
    }

    /**
     * Encodes the position after a row.
     *
     * @param sort the list's sort
     * @param lastRowValues the row's value for each of {@code sort.keys()}, in order, of the Java type of the
     *        key's {@link FieldType} ({@link Integer} is accepted for INTEGER), null where the row has none
     * @param hmacKey the signing secret, at least {@link #MIN_KEY_BYTES} bytes
     * @return an opaque URL-safe string
     */
    public static String encode(SortSpec sort, List<Object> lastRowValues, byte[] hmacKey) {
        List<SortKey> keys = sort.keys();
        if (lastRowValues.size() != keys.size()) {
            throw new IllegalArgumentException("Expected " + keys.size() + " values, got " + lastRowValues.size());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                Object value = lastRowValues.get(i);
                out.writeBoolean(value != null);
                if (value != null) {
                    byte[] text = format(keys.get(i).field(), value).getBytes(StandardCharsets.UTF_8);
                    out.writeInt(text.length);
                    out.write(text);
                }
            }
            out.write(mac(hmacKey, sort, bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * Decodes a cursor issued by {@link #encode} for the same sort and key.
     *
     * @return the last row's sort values, typed as described in {@link FieldType} (INTEGER as {@link Long})
     * @throws QueryException for parameter {@code cursor} if the cursor is malformed, forged, or was issued
     *         for another resource, sort or key
     */
    public static List<Object> decode(String cursor, SortSpec sort, byte[] hmacKey) {
        if (cursor == null || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (bytes.length < MAC_BYTES) {
            throw invalid();
        }
        byte[] body = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
        byte[] signature = Arrays.copyOfRange(bytes, body.length, bytes.length);
        if (!MessageDigest.isEqual(signature, mac(hmacKey, sort, body))) {
            throw invalid();
        }
        try {
            return read(body, sort.keys());
        } catch (IOException | RuntimeException e) {
            // Only reachable with a correctly signed but unreadable body, e.g. after a field changed type.
            throw invalid();
        }
    }

    private static List<Object> read(byte[] body, List<SortKey> keys) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        if (in.readUnsignedByte() != VERSION || in.readUnsignedByte() != keys.size()) {
            throw invalid();
        }
        List<Object> values = new ArrayList<>(keys.size());
        for (SortKey key : keys) {
            if (in.readBoolean()) {
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    throw invalid();
                }
                values.add(parse(key.field(), new String(in.readNBytes(length), StandardCharsets.UTF_8)));
            } else {
                values.add(null);
            }
        }
        if (in.available() != 0) {
            throw invalid();
        }
        return Collections.unmodifiableList(values);
    }

    /** Text forms that parse back to equal values, including BigDecimal scale and Instant nanoseconds. */
    private static String format(QueryField field, Object value) {
        return switch (field.type()) {
            case STRING -> cast(field, value, String.class);
            case UUID -> cast(field, value, UUID.class).toString();
            case ENUM -> field.apiValue(cast(field, value, Enum.class));
            case DECIMAL -> cast(field, value, BigDecimal.class).toString();
            case INTEGER -> value instanceof Integer ? value.toString() : cast(field, value, Long.class).toString();
            case BOOLEAN -> cast(field, value, Boolean.class).toString();
            case TIMESTAMP -> cast(field, value, Instant.class).toString();
            case DATE -> cast(field, value, LocalDate.class).toString();
        };
    }

    private static Object parse(QueryField field, String text) {
        return switch (field.type()) {
            case STRING -> text;
            case UUID -> UUID.fromString(text);
            case ENUM -> field.enumConstant(text).orElseThrow(Cursor::invalid);
            case DECIMAL -> new BigDecimal(text);
            case INTEGER -> Long.valueOf(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case TIMESTAMP -> Instant.parse(text);
            case DATE -> LocalDate.parse(text);
        };
    }

    private static <T> T cast(QueryField field, Object value, Class<T> type) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Sort value of field " + field.name() + " must be a "
                    + type.getSimpleName() + ", got " + value.getClass().getSimpleName());
        }
        return type.cast(value);
    }

    private static byte[] mac(byte[] hmacKey, SortSpec sort, byte[] body) {
        if (hmacKey == null || hmacKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The cursor key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(new SecretKeySpec(hmacKey, MAC_ALGORITHM));
            mac.update(sort.fingerprint().getBytes(StandardCharsets.UTF_8));
            // The separator keeps fingerprint and body from being shifted into one another.
            mac.update((byte) 0);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static QueryException invalid() {
        return new QueryException("cursor", null, INVALID);
    }
}
