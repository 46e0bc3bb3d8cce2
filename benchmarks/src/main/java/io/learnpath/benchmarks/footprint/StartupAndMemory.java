package io.learnpath.benchmarks.footprint;

import io.learnpath.launcher.ResidentMemory;

import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.report.Figure;
import io.learnpath.benchmarks.report.Goal;
import io.learnpath.benchmarks.report.Limit;
import io.learnpath.benchmarks.report.Ratio;
import io.learnpath.benchmarks.report.Better;
import io.learnpath.benchmarks.report.Report;
import io.learnpath.benchmarks.stack.UnderLoad;
import io.learnpath.launcher.Component;
import io.learnpath.launcher.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stack's start-up time and each JVM's resident memory idle and under load (the targets: healthy within 30 s
 * on two cores, each component ≤ 300 MB under load). Idle is read when this is made, which the runner does first;
 * under load is the peak the {@link MemorySampler} saw during the load cases' last rounds. The idle figure is the
 * same-run baseline of the figure under load.
 */
public final class StartupAndMemory {

    static final Goal STARTUP_GOAL = Goal.atMost(30);
    static final Goal MEMORY_GOAL = Goal.atMost(300);
    private static final double MEGABYTE = 1024 * 1024;

    private final Duration startup;
    private final String idleWhen;
    private final Map<String, Long> pids;
    private final Map<String, Long> idle = new LinkedHashMap<>();
    private final MemorySampler sampler;

    StartupAndMemory(Duration startup, String idleWhen, Map<String, Long> pids) {
        this.startup = startup;
        this.idleWhen = idleWhen;
        this.pids = pids;
        pids.forEach((name, pid) -> ResidentMemory.of(pid).ifPresent(bytes -> idle.put(name, bytes)));
        this.sampler = new MemorySampler(pids);
    }

    /**
     * Reads every JVM's resident memory now, as the idle figure.
     *
     * @param idleWhen when that is, for the report ("right after the stack was healthy")
     */
    public static StartupAndMemory idle(Stack stack, String idleWhen) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (Component component : Component.values()) {
            pids.put(component.module(), stack.services().get(component).pid());
        }
        // Not one of ours, but a JVM of the stack like the others, and the broker every event goes through.
        pids.put("kafka", stack.kafkaPid());
        // A first start of a build trains the AOT caches first (once per build, see docs/performance-startup.md);
        // the target is about the starts after it.
        return new StartupAndMemory(stack.startupTime().minus(stack.aotTrainingTime()), idleWhen, pids);
    }

    /** Hands the load cases' last rounds to the sampler. */
    public UnderLoad underLoad() {
        return sampler;
    }

    public CaseResult result() {
        List<Figure> figures = new ArrayList<>();
        List<Ratio> ratios = new ArrayList<>();
        List<Limit> limits = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        double seconds = startup.toMillis() / 1000.0;
        figures.add(new Figure("startup-seconds", seconds));
        limits.add(new Limit("startup-seconds", "whole stack healthy after", seconds, "s", STARTUP_GOAL));
        StringBuilder out = new StringBuilder("""
                The stack was healthy (every component ready, registered in Eureka and routed by the gateway) %s s \
                after its start, AOT training runs not counted (target %s: %s).

                Resident memory of each JVM (MB), idle (%s) and under load (the peak of samples every %d ms during \
                the load cases' last rounds):

                | JVM | idle | under load | under load ÷ idle | target under load | verdict |
                |---|---|---|---|---|---|
                """.formatted(Report.format(seconds), STARTUP_GOAL.describe("s"),
                STARTUP_GOAL.metBy(seconds) ? "met" : "**missed**", idleWhen, MemorySampler.INTERVAL.toMillis()));
        Map<String, Long> peaks = sampler.peaks();
        // Only the reads and the status updates load the stack for the sampler; a run of other cases has no
        // figure under load to give, which is no regression of one (the report lists them as not measured).
        boolean loaded = !peaks.isEmpty();
        for (String name : pids.keySet()) {
            double idleMb = idle.containsKey(name) ? idle.get(name) / MEGABYTE : Double.NaN;
            double loadMb = peaks.containsKey(name) ? peaks.get(name) / MEGABYTE : Double.NaN;
            if (!loaded) {
                figures.add(new Figure("rss." + name + ".idle-mb", idleMb));
                out.append("| %s | %s | not measured | – | – | – |%n".formatted(name, Report.format(idleMb)));
                continue;
            }
            if (Double.isNaN(idleMb) || Double.isNaN(loadMb)) {
                errors.add("No resident memory " + (Double.isNaN(idleMb) ? "idle" : "under load") + " of " + name
                        + " (pid " + pids.get(name) + "): has it exited?");
            }
            boolean component = !name.equals("kafka");
            figures.add(new Figure("rss." + name + ".idle-mb", idleMb));
            figures.add(new Figure("rss." + name + ".load-mb", loadMb));
            double ratio = Ratio.of(loadMb, idleMb);
            ratios.add(new Ratio("rss." + name + ".load-over-idle", name + " RSS under load ÷ idle", ratio,
                    Better.LOWER, null));
            if (component) {
                limits.add(new Limit("rss." + name + ".load-mb", name + " RSS under load", loadMb, "MB",
                        MEMORY_GOAL));
            }
            out.append("| %s | %s | %s | %s | %s | %s |%n".formatted(name, Report.format(idleMb),
                    Report.format(loadMb), Report.format(ratio), component ? MEMORY_GOAL.describe("MB") : "–",
                    !component ? "–" : MEMORY_GOAL.metBy(loadMb) ? "met" : "**missed**"));
        }
        if (!loaded) {
            out.append("\nNo load case ran (`reads` or `status-updates`), so there is no figure under load.\n");
        }
        return new CaseResult("Start-up and memory", out.toString(), figures, ratios, limits, errors);
    }
}
