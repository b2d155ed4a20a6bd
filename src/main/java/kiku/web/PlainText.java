package kiku.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What text Kiku stores: anything but control characters (tab, line feeds aside) and lone UTF-16
 * surrogates. PostgreSQL cannot store NUL at all, a lone surrogate is silently turned into "?" on
 * its way there, and control characters are invisible on every page; refusing them everywhere keeps
 * H2 and PostgreSQL alike and makes every accepted text round-trip exactly.
 */
public final class PlainText {

    /** The message key of a refused text. */
    public static final String MESSAGE = "error.text";

    private PlainText() {}

    public static boolean isClean(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The fields of a form's DTO (a record or plain fields) whose text {@link #isClean} refuses. */
    public static Iterable<String> uncleanFields(Object dto) {
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            if (dto.getClass().isRecord()) {
                for (RecordComponent c : dto.getClass().getRecordComponents()) {
                    values.put(c.getName(), c.getAccessor().invoke(dto));
                }
            } else {
                for (Field f : dto.getClass().getFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        values.put(f.getName(), f.get(dto));
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the form of " + dto.getClass(), e);
        }
        return values.entrySet().stream().filter(e -> !clean(e.getValue())).map(Map.Entry::getKey).toList();
    }

    private static boolean clean(Object value) {
        if (value instanceof String s) {
            return isClean(s);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().allMatch(PlainText::clean);
        }
        return true;
    }

    /** Every JSON string goes through here, so no API write (restore included) stores unclean text. */
    public static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (!isClean(value)) {
                return (String) ctxt.handleWeirdStringValue(String.class, value, "control character or lone surrogate");
            }
            return value;
        }
    }
}
