import jakarta.validation.Validation;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.validator.PredefinedScopeHibernateValidator;

/**
 * Times what Quarkus's Hibernate Validator start step does, outside Quarkus: builds the factory
 * with the eager metadata of the classes named (comma-separated), in a cold JVM. Run one JVM per
 * measurement, from the project with the packaged jar's class path:
 *   cp=$(ls target/quarkus-app/app/*.jar target/quarkus-app/lib/{main,boot}/*.jar | paste -sd:)
 *   java -cp "$cp" bench/ValidatorTiming.java java.lang.String
 *   java -cp "$cp" bench/ValidatorTiming.java kiku.issue.IssueDto,kiku.issue.IssueApi,...
 * Quarkus's own list is in the recorded HibernateValidatorProcessor$build… class of
 * target/quarkus-app/quarkus/generated-bytecode.jar (its kiku.* string constants).
 */
public class ValidatorTiming {

    public static void main(String[] args) throws Exception {
        Set<Class<?>> classes = new HashSet<>();
        for (String name : args[0].split(",")) {
            classes.add(Class.forName(name.trim(), false, ValidatorTiming.class.getClassLoader()));
        }
        long start = System.nanoTime();
        try (var factory = Validation.byProvider(PredefinedScopeHibernateValidator.class).configure()
                .initializeBeanMetaData(classes).buildValidatorFactory()) {
            System.out.printf("%d classes: %d ms%n", classes.size(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
