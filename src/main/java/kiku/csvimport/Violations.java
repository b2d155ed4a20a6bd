package kiku.csvimport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiku.csvimport.engine.Column;
import kiku.csvimport.engine.ImportError;
import kiku.csvimport.engine.RowError;

/**
 * Bean Validation of the DTO a line becomes, i.e. the API's own rules, said as row errors: the
 * constraint decides the error, its attributes the limit the message quotes.
 */
public final class Violations {

    private Violations() {}

    /** {@code columns} maps the DTO's field names to the columns that feed them. */
    public static List<RowError> of(int line, Set<? extends ConstraintViolation<?>> violations, Map<String, Column> columns) {
        return violations.stream().map(v -> error(line, v, columns))
                .sorted(Comparator.comparing((RowError e) -> e.column() == null ? -1 : e.column().ordinal())
                        .thenComparing(RowError::error))
                .distinct().toList();
    }

    private static RowError error(int line, ConstraintViolation<?> v, Map<String, Column> columns) {
        Path.Node first = v.getPropertyPath().iterator().next();
        Column column = columns.get(first.getName());
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Object invalid = v.getInvalidValue();
        ImportError error = switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> ImportError.REQUIRED;
            case "Size" -> invalid instanceof Collection<?> ? ImportError.TOO_MANY : ImportError.TOO_LONG;
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" -> ImportError.OUT_OF_RANGE;
            default -> ImportError.INVALID;
        };
        String value = error == ImportError.TOO_LONG || error == ImportError.TOO_MANY
                ? String.valueOf(v.getConstraintDescriptor().getAttributes().get("max"))
                : invalid == null || invalid instanceof Collection<?> ? "" : String.valueOf(invalid);
        return new RowError(line, error, column, value);
    }
}
