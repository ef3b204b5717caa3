/**
 * `keten report --format json`: the computed model for other tools (REPORTS.md). The keys the
 * spec documents come first, in its order; per agreement the chain follows for tools that want it.
 */
import type { AgreementReport, EffectReport, ReportModel } from './report-model.js';

export function renderReportJson(report: ReportModel): string {
    return JSON.stringify({
        version: report.version,
        asOf: report.asOf,
        agreements: report.agreements.map(agreementJson),
        summary: report.summary,
        dataProblems: report.dataProblems,
        findings: report.findings
    }, null, 2) + '\n';
}

function agreementJson(agreement: AgreementReport) {
    return {
        name: agreement.name,
        title: agreement.title,
        file: agreement.file,
        effects: agreement.effects.map(effectJson),
        standing: agreement.standing,
        period: agreement.period,
        goals: agreement.goals,
        steering: agreement.steering,
        accountable: agreement.accountable,
        review: agreement.review,
        doc: agreement.doc,
        parties: agreement.chain.parties,
        bodies: agreement.chain.bodies,
        escalations: agreement.chain.escalations,
        mandates: agreement.chain.mandates
    };
}

function effectJson(effect: EffectReport) {
    return {
        id: effect.id,
        title: effect.title,
        kind: effect.kind,
        indicator: effect.indicator,
        unit: effect.unit,
        baseline: effect.baseline,
        target: effect.target,
        measurements: effect.measurements,
        latest: effect.latest,
        status: effect.status,
        progress: effect.progress,
        projection: effect.projection,
        measured: effect.measured,
        doc: effect.doc
    };
}
