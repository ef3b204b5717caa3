/**
 * Where the playground's time to first diagnostics goes (issue 16), one cold page load in
 * headless Chromium with a performance trace: when each file arrived, when the page's and the
 * worker's scripts were compiled and run, and when the first diagnostics were drawn.
 *   npx tsx bench/playground-timeline.ts [runs] [dist folder]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser } from '../test/playground/playground-server.js';
import { serveFolder } from './playground.js';
import { REPO_ROOT } from './measure.js';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; cat: string; args?: any }

const runs = Number(process.argv[2] ?? 1);
const served = await serveFolder(path.resolve(process.argv[3] ?? path.join(REPO_ROOT, 'packages/playground/dist')));
const browser = await launchBrowser();
try {
    for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const traceFile = path.join(os.tmpdir(), `keten-playground-trace-${process.pid}-${run}.json`);
        await browser.startTracing(page, { path: traceFile, categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'] });
        await page.goto(served.url);
        await page.waitForSelector('.problems[data-state="checked"]', { timeout: 120_000 });
        const marks = await page.evaluate(() => ({
            first: performance.getEntriesByName('keten:first-diagnostics')[0]?.startTime,
            dcl: performance.getEntriesByType('navigation')[0] ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd : NaN,
            resources: performance.getEntriesByType('resource').map(r => ({ name: r.name.replace(/^.*\//, ''), start: r.startTime, end: (r as PerformanceResourceTiming).responseEnd })),
            marks: performance.getEntriesByType('mark').map(m => ({ name: m.name, at: m.startTime })),
            origin: performance.timeOrigin
        }));
        await browser.stopTracing();
        await context.close();
        console.log(`run ${run}: first diagnostics ${marks.first?.toFixed(0)} ms; DOMContentLoaded ${marks.dcl.toFixed(0)} ms`);
        for (const r of marks.resources) console.log(`  fetched ${r.name.padEnd(28)} ${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)}`);
        for (const m of marks.marks) console.log(`  mark ${m.name.padEnd(30)} ${m.at.toFixed(0).padStart(6)}`);
        const trace = JSON.parse(fs.readFileSync(traceFile, 'utf8'));
        const events: TraceEvent[] = trace.traceEvents ?? trace;
        const threadNames = new Map<string, string>();
        for (const e of events) if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name);
        // Navigation start in trace time: the first "navigationStart" mark of the page's frame.
        const nav = events.find(e => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL?.startsWith('http'));
        const t0 = nav?.ts ?? Math.min(...events.filter(e => e.ts > 0).map(e => e.ts));
        const interesting = new Set(['v8.compile', 'v8.compileModule', 'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'v8.parseOnBackground', 'ParseHTML', 'Layout', 'UpdateLayoutTree', 'Paint', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'v8.run', 'MajorGC', 'MinorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC']);
        const perThread = new Map<string, { busy: number; byName: Map<string, number>; spans: Array<[number, number, string]> }>();
        for (const e of events) {
            if (e.ph !== 'X' || !e.dur || e.ts < t0) continue;
            const thread = threadNames.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
            if (!/CrRendererMain|DedicatedWorker/.test(thread)) continue;
            const entry = perThread.get(thread) ?? { busy: 0, byName: new Map<string, number>(), spans: [] as Array<[number, number, string]> };
            perThread.set(thread, entry);
            if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') { entry.busy += e.dur; if (e.dur > 30_000) entry.spans.push([(e.ts - t0) / 1000, e.dur / 1000, 'task']); }
            if (interesting.has(e.name)) {
                entry.byName.set(e.name, (entry.byName.get(e.name) ?? 0) + e.dur);
                if (e.dur > 20_000) entry.spans.push([(e.ts - t0) / 1000, e.dur / 1000, `${e.name} ${(e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.functionName ?? '').toString().replace(/^.*\//, '')}`]);
            }
        }
        for (const [thread, entry] of perThread) {
            console.log(`  thread ${thread}: busy ${(entry.busy / 1000).toFixed(0)} ms`);
            console.log('    ' + [...entry.byName].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', '));
            for (const [at, dur, name] of entry.spans.sort((a, b) => a[0] - b[0])) console.log(`    ${at.toFixed(0).padStart(6)} +${dur.toFixed(0).padStart(5)} ${name}`);
        }
        // The sampled CPU profile of each thread: self time by function and by script.
        const profiles = new Map<string, { nodes: Map<number, { name: string; url: string; line: number; parent?: number }>; self: Map<number, number> }>();
        for (const e of events) {
            if (e.name !== 'ProfileChunk') continue;
            const key = `${e.pid}:${e.tid}`;
            const profile = profiles.get(key) ?? { nodes: new Map(), self: new Map() };
            profiles.set(key, profile);
            const data = e.args?.data ?? {};
            for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, { name: node.callFrame.functionName, url: node.callFrame.url ?? '', line: node.callFrame.lineNumber, parent: node.parent });
            const samples: number[] = data.cpuProfile?.samples ?? [];
            const deltas: number[] = data.timeDeltas ?? [];
            for (let i = 0; i < samples.length; i++) profile.self.set(samples[i], (profile.self.get(samples[i]) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
        }
        for (const [key, profile] of profiles) {
            const byFunction = new Map<string, number>();
            let total = 0;
            for (const [id, us] of profile.self) {
                const node = profile.nodes.get(id);
                if (!node || node.name === '(idle)' || node.name === '(program)') continue;
                total += us;
                const label = `${node.name || '(anonymous)'} ${(node.url ?? '').replace(/^.*\//, '')}:${node.line}`;
                byFunction.set(label, (byFunction.get(label) ?? 0) + us);
            }
            if (total < 50_000) continue;
            console.log(`  profile ${threadNames.get(key) ?? key}: ${(total / 1000).toFixed(0)} ms sampled`);
            for (const [label, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${(us / 1000).toFixed(1).padStart(7)} ${label}`);
            // Inclusive time by function (each function counted once per sample).
            const inclusive = new Map<string, number>();
            for (const [id, us] of profile.self) {
                const seen = new Set<string>();
                for (let at: number | undefined = id; at !== undefined; at = profile.nodes.get(at)?.parent) {
                    const node = profile.nodes.get(at);
                    if (!node) break;
                    const label = `${node.name || '(anonymous)'} ${(node.url ?? '').replace(/^.*\//, '')}:${node.line}`;
                    if (seen.has(label)) continue;
                    seen.add(label);
                    inclusive.set(label, (inclusive.get(label) ?? 0) + us);
                }
            }
            if (process.env.TREE) {
                const total = new Map<number, number>();
                for (const [id, us] of profile.self) for (let at: number | undefined = id; at !== undefined; at = profile.nodes.get(at)?.parent) total.set(at, (total.get(at) ?? 0) + us);
                const children = new Map<number, number[]>();
                for (const [id, node] of profile.nodes) if (node.parent !== undefined) children.set(node.parent, [...(children.get(node.parent) ?? []), id]);
                const threshold = Number(process.env.TREE) * 1000;
                const print = (id: number, depth: number) => {
                    const node = profile.nodes.get(id)!;
                    if (depth > 0) console.log(`${'  '.repeat(depth)}${((total.get(id) ?? 0) / 1000).toFixed(0).padStart(5)} ${node.name || '(anonymous)'} ${(node.url ?? '').replace(/^.*\//, '')}:${node.line}`);
                    const kids = (children.get(id) ?? []).filter(kid => (total.get(kid) ?? 0) >= threshold).sort((a, b) => (total.get(b) ?? 0) - (total.get(a) ?? 0));
                    // A chain of one child is printed without deeper indentation.
                    for (const kid of kids) print(kid, kids.length === 1 && depth > 0 ? depth : depth + 1);
                };
                const roots = [...profile.nodes].filter(([, node]) => node.parent === undefined).map(([id]) => id);
                for (const root of roots) print(root, 0);
            }
            console.log('    inclusive:');
            for (const [label, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log(`    ${(us / 1000).toFixed(1).padStart(7)} ${label}`);
        }
        fs.renameSync(traceFile, `/tmp/server-prof/trace-${run}.json`);
    }
} finally {
    await browser.close();
    served.server.close();
}
