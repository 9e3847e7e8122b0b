package vn.kcnatlas.text;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum whose values travel as lower-case codes ({@code under_construction}) in the database,
 * in files and over HTTP.
 */
public interface Coded {

    @JsonValue
    String code();

    /** The constant with this code, ignoring case and accepting '-' or ' ' for '_'. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equalsIgnoreCase(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The allowed codes, for error messages: "planned, under_construction, operating". */
    static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
