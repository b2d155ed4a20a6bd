package kiku.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kiku.Dates;

/**
 * Reads typed form fields into typed values. A value that does not parse becomes a message next to
 * its field (never a 500), and the form is shown again with what the user typed.
 */
public final class FormInput {

    private final FormErrors errors = FormErrors.none();
    private final FormMsg msg;

    public FormInput(Locale locale) {
        this.msg = MessageBundles.get(FormMsg.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** What a form says when its version was stale: the stored values are shown, the user's kept. */
    public static String conflictMessage(Locale locale) {
        return MessageBundles.get(FormMsg.class, Localized.Literal.of(locale.getLanguage())).conflict();
    }

    public FormErrors errors() {
        return errors;
    }

    /** The parse errors, then text {@link PlainText} refuses, then Bean Validation's messages. */
    public <T> FormErrors validate(Validator validator, T dto) {
        PlainText.uncleanFields(dto).forEach(field -> errors.add(field, msg.invalid_text()));
        FormErrors.validate(validator, dto).all().forEach(errors::add);
        return errors;
    }

    public Long id(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, msg.invalid_choice());
        return null;
    }

    public List<Long> ids(String field, List<String> values) {
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            values.stream().filter(v -> !blank(v)).forEach(v -> {
                Long id = id(field, v);
                if (id != null && !ids.contains(id)) {
                    ids.add(id);
                }
            });
        }
        return ids;
    }

    public Integer integer(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.parseInt(halfWidth(value).strip());
        } catch (NumberFormatException e) {
            errors.add(field, msg.invalid_integer());
            return null;
        }
    }

    /** A whole number that may exceed an int (yen), typed with or without thousands separators: 1,200,000. */
    public Long wholeNumber(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.parseLong(halfWidth(value).strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(field, msg.invalid_integer());
            return null;
        }
    }

    public Double decimal(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(halfWidth(value).strip().replace(",", ""));
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, msg.invalid_number());
        return null;
    }

    public LocalDate date(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Dates.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, msg.invalid_date());
            return null;
        }
    }

    /** One of a radio group's values, or null (noted when it is none of them; blank is no choice). */
    public String oneOf(String field, String value, List<String> values) {
        if (blank(value)) {
            return null;
        }
        if (values.contains(value.strip())) {
            return value.strip();
        }
        errors.add(field, msg.invalid_choice());
        return null;
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, msg.invalid_choice());
            return null;
        }
    }

    /** The hidden version of an edit form; a missing or broken one is the service's 400. */
    public Long version(String value) {
        try {
            return blank(value) ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Japanese keyboards often type full-width digits (１２０); they mean the same number. */
    private static String halfWidth(String value) {
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
