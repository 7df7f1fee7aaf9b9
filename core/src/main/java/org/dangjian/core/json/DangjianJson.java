package org.dangjian.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.stream.Collectors;
import org.dangjian.core.parameter.OverrideSet;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;

/**
 * JSON in and out for every public value type: a configured {@link ObjectMapper} and readers that turn every
 * problem into one {@link InvalidInputException}.
 *
 * <pre>{@code
 * String json = DangjianJson.write(organization);
 * NewOrganization back = DangjianJson.read(json, NewOrganization.class);
 * OverrideSet county = DangjianJson.readOverrides(Files.readString(path));   // the caller reads the file
 * }</pre>
 *
 * <p>Unknown fields are rejected; numbers are not coerced between types; no default typing; input limits:
 * nesting depth {@value #MAX_NESTING_DEPTH}, strings {@value #MAX_STRING_LENGTH} characters, numbers
 * {@value #MAX_NUMBER_LENGTH} digits, documents {@value #MAX_DOCUMENT_LENGTH} characters. Error messages
 * never repeat input strings (they may hold personal data): they name the path and what was expected.
 */
public final class DangjianJson {
    /** The deepest nesting of arrays and objects read. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value read. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** The longest document read, in characters. */
    public static final long MAX_DOCUMENT_LENGTH = 1L << 30;

    private static final ObjectMapper MAPPER = mapper();

    private DangjianJson() {}

    /**
     * A new mapper configured as the SDK reads and writes JSON.
     *
     * @return the mapper, not null
     */
    public static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new DangjianModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                // Only declared attributes are JSON: helper methods such as isOperating() are not.
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.NONE)
                .build();
    }

    /**
     * Writes a value.
     *
     * @param value the value, not null
     * @return compact JSON, not null
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Writes a value, indented for people.
     *
     * @param value the value, not null
     * @return indented JSON, not null
     */
    public static String writePretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a value.
     *
     * @param <T> the type
     * @param json the document, not null
     * @param type the type, not null
     * @return the value, not null
     * @throws InvalidInputException listing what is wrong, with paths
     */
    public static <T> T read(String json, Class<T> type) {
        return read(json, MAPPER.constructType(type));
    }

    /**
     * Reads a generic value, such as a list of organizations.
     *
     * @param <T> the type
     * @param json the document, not null
     * @param type the type, not null
     * @return the value, not null
     * @throws InvalidInputException listing what is wrong, with paths
     */
    public static <T> T read(String json, TypeReference<T> type) {
        return read(json, MAPPER.constructType(type));
    }

    private static <T> T read(String json, JavaType type) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw InvalidInputException.of("", "expected a " + type.getRawClass().getSimpleName() + ", got null", null);
            }
            return value;
        } catch (JacksonException e) {
            throw translate(e);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException | ArithmeticException e) {
            throw InvalidInputException.of("", "invalid value: " + firstLine(e.getMessage()), null);
        }
    }

    /**
     * Reads a county's override set.
     *
     * @param json the document, not null
     * @return the set, not null
     * @throws InvalidInputException listing what is wrong, with paths
     */
    public static OverrideSet readOverrides(String json) {
        return read(json, OverrideSet.class);
    }

    /**
     * Writes an override set, indented.
     *
     * @param set the set, not null
     * @return the document, not null
     */
    public static String writeOverrides(OverrideSet set) {
        return writePretty(set);
    }

    /**
     * Turns a Jackson failure into the SDK's exception, keeping the path and masking the input.
     *
     * @param e the failure, not null
     * @return the exception to throw, not null
     */
    static InvalidInputException translate(JacksonException e) {
        InvalidInputException inner = findInvalidInput(e);
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        if (inner != null) {
            return inner.under(path);
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalStateException ise
                && ise.getMessage() != null && ise.getMessage().contains("required attributes are not set")) {
            // Immutables: "Cannot build X, some of required attributes are not set [a, b]"
            String m = ise.getMessage();
            String names = m.substring(m.lastIndexOf('[') + 1, m.lastIndexOf(']'));
            List<Violation> missing = new java.util.ArrayList<>();
            for (String n : names.split(",")) {
                String field = n.strip();
                missing.add(Violation.of(path.isEmpty() ? field : path + "." + field, "is required", null));
            }
            return new InvalidInputException(missing);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.toList());
            return new InvalidInputException(List.of(Violation.of(path, "unknown field '" + u.getPropertyName()
                    + "'; known fields are " + known, null)));
        }
        if (e instanceof InvalidFormatException f) {
            return new InvalidInputException(List.of(Violation.of(path, "expected a "
                    + f.getTargetType().getSimpleName(), null)));
        }
        if (e instanceof MismatchedInputException m) {
            String target = m.getTargetType() == null ? "value" : m.getTargetType().getSimpleName();
            String msg = firstLine(m.getOriginalMessage());
            String what = msg.contains("Missing required creator property") || msg.contains("missing")
                    ? "is required (missing or null)" : "wrong type or shape: expected a " + target;
            if (msg.contains("Cannot build")) {
                what = "required fields missing: " + msg.substring(msg.indexOf("required attributes are not set") >= 0
                        ? msg.indexOf("required attributes are not set") : 0);
            }
            return new InvalidInputException(List.of(Violation.of(path, what, null)));
        }
        if (e instanceof StreamConstraintsException) {
            return new InvalidInputException(List.of(Violation.of(path, "input exceeds a limit: "
                    + firstLine(e.getOriginalMessage()), null)));
        }
        if (e instanceof StreamReadException r) {
            String where = r.getLocation() == null ? "" : " at line " + r.getLocation().getLineNr() + ", column "
                    + r.getLocation().getColumnNr();
            return new InvalidInputException(List.of(Violation.of(path, "malformed JSON" + where, null)));
        }
        return new InvalidInputException(List.of(Violation.of(path, "invalid input: " + e.getClass().getSimpleName(),
                null)));
    }

    private static InvalidInputException findInvalidInput(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InvalidInputException i) {
                return i;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.replaceAll("\"[^\"]*\"", "\"…\"");
    }
}
