package dev.weft.report.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.report.Headline;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The code a finding points at, read from its JSON form: where it bites, the other places involved, what
 * each thread did in order, and the threads' stacks.
 *
 * @param primary where the bug bites, if the finding names a site
 * @param related the other sites, each with what happened there
 * @param flows   per thread, the sites it went through, in order
 * @param stacks  the stacks the finding recorded
 */
record Sites(Optional<Site> primary, List<Described> related, List<Flow> flows, List<Stack> stacks) {

    /** A site and what happened there. */
    record Described(Site site, String description) { }

    /** What one thread did, in order. */
    record Flow(String thread, List<Described> steps) { }

    /** A stack, innermost frame first. */
    record Stack(String description, List<Site> frames) { }

    static Sites of(JsonNode finding) {
        Sites sites = new Sites(Optional.empty(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        switch (finding.path("kind").asText()) {
            case "deadlock" -> sites = deadlock(finding, sites);
            case "lock-order" -> sites = lockOrder(finding, sites);
            case "race" -> sites = race(finding, sites);
            default -> sites = sites.withPrimary(Headline.site(finding.path("site")));
        }
        return sites;
    }

    private Sites withPrimary(Optional<Site> site) {
        return new Sites(site, related, flows, stacks);
    }

    private static Sites deadlock(JsonNode d, Sites sites) {
        for (JsonNode thread : d.path("threads")) {
            String name = thread.path("name").asText();
            List<Described> steps = new ArrayList<>();
            for (JsonNode hold : thread.path("holds")) {
                Headline.site(hold.path("site")).ifPresent(site -> steps.add(new Described(site,
                        "\"" + name + "\" takes " + hold.path("lock").asText())));
            }
            Headline.site(thread.path("waitSite")).ifPresent(site -> steps.add(new Described(site,
                    "\"" + name + "\" waits for " + thread.path("waitsFor").asText())));
            sites.related().addAll(steps);
            sites.flows().add(new Flow(name, steps));
            sites.stacks().add(new Stack("thread \"" + name + "\" waiting for " + thread.path("waitsFor").asText(),
                    frames(thread.path("stack"))));
        }
        return sites.withPrimary(Headline.site(d.path("threads").path(0).path("waitSite")));
    }

    private static Sites lockOrder(JsonNode f, Sites sites) {
        for (JsonNode edge : f.path("edges")) {
            String name = edge.path("thread").asText();
            List<Described> steps = new ArrayList<>();
            Headline.site(edge.path("fromSite")).ifPresent(site -> steps.add(new Described(site,
                    "\"" + name + "\" takes " + edge.path("from").asText())));
            Headline.site(edge.path("toSite")).ifPresent(site -> steps.add(new Described(site,
                    "\"" + name + "\" asks for " + edge.path("to").asText() + " while holding " + edge.path("from").asText())));
            sites.related().addAll(steps);
            sites.flows().add(new Flow(name, steps));
            sites.stacks().add(new Stack("thread \"" + name + "\" asking for " + edge.path("to").asText(),
                    frames(edge.path("toStack"))));
        }
        return sites.withPrimary(Headline.site(f.path("edges").path(0).path("toSite")));
    }

    private static Sites race(JsonNode r, Sites sites) {
        JsonNode accesses = r.path("accesses");
        for (int i = 0; i < accesses.size(); i++) {
            JsonNode access = accesses.get(i);
            String name = access.path("thread").asText();
            String what = (i == 0 ? "" : "earlier ") + access.path("op").asText() + " by \"" + name + "\"";
            Optional<Site> site = Headline.site(access.path("site"));
            boolean earlier = i > 0;
            site.ifPresent(s -> {
                if (earlier) {
                    sites.related().add(new Described(s, what));
                }
                sites.flows().add(new Flow(name, List.of(new Described(s, what))));
            });
            sites.stacks().add(new Stack(what, frames(access.path("stack"))));
        }
        return sites.withPrimary(Headline.site(accesses.path(0).path("site")));
    }

    private static List<Site> frames(JsonNode stack) {
        List<Site> frames = new ArrayList<>();
        stack.forEach(frame -> Headline.site(frame).ifPresent(frames::add));
        return frames;
    }
}
