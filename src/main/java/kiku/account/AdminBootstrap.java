package kiku.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import kiku.KikuConfig;
import org.jboss.logging.Logger;

/** On first start (no users at all) creates the {@code admin} account. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    KikuConfig config;

    @Inject
    UserService users;

    /** Before the demo loader (APPLICATION + 100), whose demo users would otherwise count as "some users". */
    @Transactional
    void onStart(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (User.count() > 0) {
            return;
        }
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warnf("Created user 'admin' with the generated password %s (shown once; set KIKU_ADMIN_PASSWORD to"
                    + " choose it)", password);
        } else {
            LOG.info("Created user 'admin' with the password from KIKU_ADMIN_PASSWORD");
        }
        users.createTrusted("admin", password, "管理者", List.of(Role.ADMIN));
    }
}
