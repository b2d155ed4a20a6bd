package kiku.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Messages for a form, keyed by field name, so that a page can show each one next to its input.
 * {@code ""} holds a message for the whole form (a conflict, a refusal that names no field).
 */
public final class FormErrors {

    public static final String FORM = "";

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Bean Validation of a DTO built from form fields, after {@link PlainText}'s check of its text. */
    public static <T> FormErrors validate(Validator validator, T dto, Locale locale) {
        FormErrors errors = new FormErrors();
        PlainText.uncleanFields(dto).forEach(field -> errors.add(field, Texts.format(locale, PlainText.MESSAGE)));
        errors.validateBeans(validator, dto);
        return errors;
    }

    /** Bean Validation of a DTO built from form fields. */
    public static <T> FormErrors validate(Validator validator, T dto) {
        FormErrors errors = new FormErrors();
        errors.validateBeans(validator, dto);
        return errors;
    }

    private <T> void validateBeans(Validator validator, T dto) {
        Set<ConstraintViolation<T>> violations = validator.validate(dto);
        for (ConstraintViolation<T> v : violations) {
            messages.putIfAbsent(ProblemMapper.fieldOf(v.getPropertyPath()), v.getMessage());
        }
    }

    /** A service's refusal, in the page's language. */
    public static FormErrors of(Problem problem, Locale locale) {
        FormErrors errors = new FormErrors();
        if (problem.fieldErrors().isEmpty()) {
            errors.messages.put(FORM, Texts.format(locale, problem.messageKey(), problem.args()));
        }
        for (Problem.FieldError e : problem.fieldErrors()) {
            errors.messages.putIfAbsent(e.field(), Texts.format(locale, e.messageKey(), e.args()));
        }
        return errors;
    }

    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message for a field, or null. */
    public String get(String field) {
        return messages.get(field);
    }

    public String form() {
        return messages.get(FORM);
    }

    public Map<String, String> all() {
        return Map.copyOf(messages);
    }
}
