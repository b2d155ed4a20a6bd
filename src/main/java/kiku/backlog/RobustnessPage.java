package kiku.backlog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.issue.Issue;
import kiku.scoring.Criterion;
import kiku.scoring.engine.Robustness;
import kiku.web.Bundles;
import kiku.web.FormErrors;
import kiku.web.HtmlResponse;
import kiku.web.PageContext;
import kiku.web.Problem;

/**
 * "How sure is our top 10?" (SCORING.md §7) as a page. A GET with query parameters, so a result
 * can be bookmarked and shared; refused parameters show the form again with messages.
 */
@Path("/robustness")
@Authenticated
public class RobustnessPage {

    /** One issue of the table: its computed rank, title and the Monte Carlo figures. */
    public record Row(Robustness.IssueRobustness figures, String title) {}

    /** A criterion's weight interval, drawn on a scale 0..100 where the current weight sits. */
    public record Interval(Robustness.WeightInterval interval, String name, String from, String to, String at) {}

    /** {@code sure}: how many of the top K stay there in at least 90% of the samples. */
    public record Answer(List<Row> top, List<Row> challengers, List<Interval> intervals, long sure) {}

    static final int CHALLENGERS = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance robustness(RobustnessForm form, Answer answer, String refusal);
    }

    @Inject
    SensitivityService sensitivity;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response robustness(@QueryParam("k") String k, @QueryParam("p") String p,
                               @QueryParam("samples") String samples, @QueryParam("seed") String seed) {
        DecideMsg msg = Bundles.of(DecideMsg.class, page.locale());
        RobustnessForm form = RobustnessForm.of(k, p, samples, seed, page.locale(), msg.robust_p_error(),
                msg.robust_seed_error());
        if (!form.errors().isEmpty()) {
            return HtmlResponse.status(400, Templates.robustness(form, null, null).setLocale(page.locale()));
        }
        try {
            Robustness.Result result = sensitivity.analyse(form.topK(), form.sampleCount(), form.perturbation(),
                    form.seedValue());
            return Response.ok(Templates.robustness(form, answer(result, form.topK()), null)
                    .setLocale(page.locale())).build();
        } catch (Problem refused) {
            String message = FormErrors.of(refused, page.locale()).all().values().iterator().next();
            return HtmlResponse.status(refused.status(), Templates.robustness(form, null, message)
                    .setLocale(page.locale()));
        }
    }

    private static Answer answer(Robustness.Result result, int k) {
        List<Robustness.IssueRobustness> top = result.items().stream().filter(i -> i.rank() <= k).toList();
        List<Robustness.IssueRobustness> challengers = result.items().stream()
                .filter(i -> i.rank() > k && i.topKProbability() > 0).limit(CHALLENGERS).toList();
        Map<Long, String> titles = titles(top, challengers);
        Map<Long, String> names = new HashMap<>();
        Criterion.<Criterion>listAll().forEach(c -> names.put(c.id, c.name));
        List<Interval> intervals = result.weightIntervals().stream().map(w -> interval(w, names.get(w.criterionId())))
                .toList();
        long sure = top.stream().filter(i -> i.topKProbability() >= 0.9).count();
        return new Answer(top.stream().map(i -> new Row(i, titles.get(i.issueId()))).toList(),
                challengers.stream().map(i -> new Row(i, titles.get(i.issueId()))).toList(), intervals, sure);
    }

    /** The scale runs to 1.5 times the larger of the weight and the interval's end (twice the weight when open). */
    static Interval interval(Robustness.WeightInterval w, String name) {
        double end = w.upper() == null ? Math.max(w.lower(), w.weight()) * 2 : Math.max(w.upper(), w.weight()) * 1.5;
        double scale = end > 0 ? 100 / end : 0;
        double upper = w.upper() == null ? 100 : w.upper() * scale;
        return new Interval(w, name, number(w.lower() * scale), number(Math.max(0, upper - w.lower() * scale)),
                number(w.weight() * scale));
    }

    private static String number(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", Math.max(0, Math.min(100, v)));
    }

    private static Map<Long, String> titles(List<Robustness.IssueRobustness> a, List<Robustness.IssueRobustness> b) {
        List<Long> ids = java.util.stream.Stream.concat(a.stream(), b.stream()).map(Robustness.IssueRobustness::issueId)
                .toList();
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            Issue.<Issue>list("id in ?1", ids).forEach(i -> titles.put(i.id, i.title));
        }
        return titles;
    }
}
