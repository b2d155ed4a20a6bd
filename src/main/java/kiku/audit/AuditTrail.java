package kiku.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.web.Paging;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The audit trail. Services record every change in their own transaction, so a change and its
 * record are committed together or not at all. States are the API's own JSON shapes.
 */
@ApplicationScoped
public class AuditTrail {

    public enum Action { CREATE, UPDATE, DELETE }

    public record Entry(long id, OffsetDateTime at, String user, String entity, Long entityId, Action action,
                        JsonNode before, JsonNode after) {}

    @Inject
    ObjectMapper json;

    @Inject
    Instance<SecurityIdentity> identity;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entity, Long entityId, Action action, Object before, Object after) {
        Panache.getEntityManager().createNativeQuery("insert into audit_log (changed_at, username, entity, entity_id,"
                + " action, state_before, state_after) values (:at, :user, :entity, :id, :action, :before, :after)")
                .unwrap(NativeQuery.class)
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("user", username())
                .setParameter("entity", entity)
                .setParameter("id", entityId == null ? -1L : entityId)
                .setParameter("action", action.name())
                .setParameter("before", write(before), StandardBasicTypes.STRING)
                .setParameter("after", write(after), StandardBasicTypes.STRING)
                .executeUpdate();
    }

    /** Newest first; every filter optional. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging.Result<Entry> find(String entity, Long entityId, String user, Paging paging) {
        StringBuilder where = new StringBuilder(" from audit_log a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (entity != null) {
            where.append(" and a.entity = :entity");
            params.put("entity", entity);
        }
        if (entityId != null) {
            where.append(" and a.entity_id = :id");
            params.put("id", entityId);
        }
        if (user != null) {
            where.append(" and a.username = :user");
            params.put("user", user);
        }
        Query rows = Panache.getEntityManager().createNativeQuery("select a.id, a.changed_at, a.username,"
                + " a.entity, a.entity_id, a.action, a.state_before, a.state_after" + where + " order by a.id desc");
        Query count = Panache.getEntityManager().createNativeQuery("select count(*)" + where);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return paging.of(found.stream().map(this::entry).toList(), ((Number) count.getSingleResult()).longValue());
    }

    /** The newest entries of one id across entities that share it (an issue and its scores), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> recent(List<String> entities, long entityId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = Panache.getEntityManager().createNativeQuery("select a.id, a.changed_at, a.username,"
                + " a.entity, a.entity_id, a.action, a.state_before, a.state_after from audit_log a"
                + " where a.entity in (:entities) and a.entity_id = :id order by a.id desc")
                .setParameter("entities", entities).setParameter("id", entityId).setMaxResults(limit).getResultList();
        return found.stream().map(this::entry).toList();
    }

    private Entry entry(Object[] r) {
        Long id = r[4] == null || ((Number) r[4]).longValue() < 0 ? null : ((Number) r[4]).longValue();
        return new Entry(((Number) r[0]).longValue(), at(r[1]), (String) r[2], (String) r[3], id,
                Action.valueOf((String) r[5]), read((String) r[6]), read((String) r[7]));
    }

    private String username() {
        SecurityIdentity current = identity.isResolvable() ? identity.get() : null;
        try {
            return current == null || current.isAnonymous() ? "system" : current.getPrincipal().getName();
        } catch (RuntimeException outsideARequest) {
            return "system";
        }
    }

    private String write(Object state) {
        try {
            return state == null ? null : json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static OffsetDateTime at(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
