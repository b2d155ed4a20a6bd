package kiku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Fails the build when a text exists in one language only, or an English text names the wrong parameter. */
class MessageBundleTest {

    /** A Qute value expression or the operand of a section such as {#when status}; group 1 is its root. */
    private static final Pattern QUTE_REFERENCE =
            Pattern.compile("\\{(?:#(?:when|switch|if|let|with|each|for\\s+\\w+\\s+in)\\s+)?([A-Za-z_]\\w*)[^}]*}");
    private static final Pattern FORMAT_ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    /** Every message bundle interface of Kiku: each feature may keep its page texts in a bundle of its own. */
    static List<Class<?>> bundles() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("kiku"))) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(java.io.File.separatorChar, '.')
                            .replaceAll("\\.class$", ""))
                    .map(MessageBundleTest::loadClass)
                    .filter(c -> c != null && c.isInterface() && c.isAnnotationPresent(MessageBundle.class))
                    .sorted(java.util.Comparator.comparing(Class::getName))
                    .collect(Collectors.toList());
        }
    }

    @Test
    void findsTheBundles() throws IOException {
        assertTrue(bundles().contains(Msg.class));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyHasAnEnglishTextAndViceVersa(Class<?> bundle) throws IOException {
        Properties english = load(englishFile(bundle));
        assertSameKeys(methods(bundle).keySet(), bundle.getSimpleName(), keys(english), englishFile(bundle));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishTextsUseTheMethodsParameters(Class<?> bundle) throws IOException {
        Properties english = load(englishFile(bundle));
        methods(bundle).forEach((key, method) -> {
            Set<String> parameters = Arrays.stream(method.getParameters()).map(Parameter::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertFalse(parameters.stream().anyMatch(p -> p.matches("arg\\d+")), "compiled with -parameters");
            String text = english.getProperty(key);
            if (text != null) {
                assertEquals(parameters, references(text, QUTE_REFERENCE), "placeholders of " + key + ": " + text);
                String japanese = method.getAnnotation(Message.class).value();
                if (!japanese.equals(Message.DEFAULT_VALUE)) {
                    assertEquals(parameters, references(japanese, QUTE_REFERENCE), "placeholders of the Japanese " + key);
                }
            }
        });
    }

    /**
     * Qute preloads every message template at start and, unless excluded, looks each one up as a
     * template file first (docs/PERFORMANCE.md): the exclusion must cover every message and no file.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void messageTemplatesAreNotLookedUpAsFiles(Class<?> bundle) throws IOException {
        Pattern excluded = templatePathExclude();
        String name = bundle.getAnnotation(MessageBundle.class).value();
        for (String key : methods(bundle).keySet()) {
            for (String id : List.of(name + "_" + key, name + "_en_" + key)) {
                assertTrue(excluded.matcher(id).matches(), id + " matches quarkus.qute.template-path-exclude");
            }
        }
    }

    @Test
    void noTemplateFileIsExcluded() throws IOException {
        Pattern excluded = templatePathExclude();
        Path templates = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(templates)) {
            List<String> paths = files.filter(Files::isRegularFile)
                    .map(f -> templates.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                    .collect(Collectors.toList());
            assertTrue(paths.contains("layout.html"), "found the templates: " + paths.size());
            for (String path : paths) {
                String withoutSuffix = path.replaceAll("\\.[a-z]+$", "");
                assertFalse(excluded.matcher(path).matches() || excluded.matcher(withoutSuffix).matches(),
                        path + " is excluded from Qute's templates");
            }
        }
    }

    private static Pattern templatePathExclude() throws IOException {
        String regex = load("application.properties").getProperty("quarkus.qute.template-path-exclude");
        assertNotNull(regex, "quarkus.qute.template-path-exclude is set");
        return Pattern.compile(regex);
    }

    @Test
    void javaTextsExistInBothLanguages() throws IOException {
        Properties japanese = load("kiku/web/texts.properties");
        Properties english = load("kiku/web/texts_en.properties");
        assertSameKeys(keys(japanese), "texts.properties", keys(english), "texts_en.properties");
        for (String key : keys(japanese)) {
            assertEquals(references(japanese.getProperty(key), FORMAT_ARGUMENT),
                    references(english.getProperty(key), FORMAT_ARGUMENT), "arguments of " + key);
        }
    }

    /** Names the keys missing on each side rather than printing two long sets. */
    private static void assertSameKeys(Set<String> first, String firstName, Set<String> second, String secondName) {
        Set<String> onlyFirst = new TreeSet<>(first);
        onlyFirst.removeAll(second);
        Set<String> onlySecond = new TreeSet<>(second);
        onlySecond.removeAll(first);
        assertEquals(Set.of(), onlyFirst, "keys of " + firstName + " missing in " + secondName);
        assertEquals(Set.of(), onlySecond, "keys of " + secondName + " missing in " + firstName);
    }

    private static String englishFile(Class<?> bundle) {
        return "messages/" + bundle.getAnnotation(MessageBundle.class).value() + "_en.properties";
    }

    private static Class<?> loadClass(String className) {
        try {
            return Class.forName(className, false, MessageBundleTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** A bundle's methods by message key: the method name unless {@code @Message(key=...)} names one. */
    private static Map<String, Method> methods(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).filter(m -> !m.isSynthetic() && !m.isDefault())
                .collect(Collectors.toMap(m -> key(bundle, m), Function.identity()));
    }

    /** The key Qute gives a method, following {@code @Message(key)} and the bundle's default key strategy. */
    private static String key(Class<?> bundle, Method method) {
        Message message = method.getAnnotation(Message.class);
        assertNotNull(message, method.getName() + " has @Message");
        String key = message.key();
        if (key.equals(Message.DEFAULT_NAME)) {
            key = bundle.getAnnotation(MessageBundle.class).defaultKey();
        }
        return switch (key) {
            case Message.DEFAULT_NAME, Message.ELEMENT_NAME -> method.getName();
            case Message.UNDERSCORED_ELEMENT_NAME -> separated(method.getName(), "_");
            case Message.HYPHENATED_ELEMENT_NAME -> separated(method.getName(), "-");
            default -> key;
        };
    }

    private static String separated(String camelCase, String separator) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1" + separator + "$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<String> references(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> keys(Properties properties) {
        return properties.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    /** Both bundles are read as UTF-8, as Qute and {@link java.util.ResourceBundle} (Java 9+) do. */
    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
