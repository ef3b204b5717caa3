// `npm start`: validate the sound examples (must be clean), show what Keten says about the
// flawed one (without failing), write the effect report of the examples, and the covenant
// text of one example as HTML, Word and PDF.
import { spawnSync } from 'node:child_process';

const keten = ['packages/cli/bin/keten.cjs'];

function run(title, args, { mayFail = false } = {}) {
    process.stdout.write(`\n── ${title}\n$ keten ${args.join(' ')}\n\n`);
    const result = spawnSync(process.execPath, [...keten, ...args], { stdio: 'inherit' });
    if (result.status !== 0 && !mayFail) {
        process.stderr.write(`\nnpm start: 'keten ${args.join(' ')}' exited with ${result.status}.\n`);
        process.exit(result.status ?? 1);
    }
    return result.status;
}

run('The sound examples: no errors, no warnings', ['validate', 'examples/*.keten']);
const status = run('The flawed example: the typical gaps and what Keten says about them', ['validate', 'examples/gaps'], { mayFail: true });
process.stdout.write(`\n(exit code ${status}: the flawed example has errors; see examples/gaps/README.md)\n`);

const REPORT = 'report/effectrapportage.html';
run('The effect report of the examples (measurements in examples/data, as of 30 September 2026)', [
    'report', 'examples/*.keten',
    '--data', 'examples/data/metingen-jeugd-riec.csv', 'examples/data/metingen-vth-vroeg-excel.csv',
    '--as-of', '2026-09-30', '--out', REPORT
]);
run('The same report as Markdown, in short', [
    'report', 'examples/*.keten',
    '--data', 'examples/data/metingen-jeugd-riec.csv', 'examples/data/metingen-vth-vroeg-excel.csv',
    '--as-of', '2026-09-30', '--format', 'md', '--out', 'report/effectrapportage.md'
]);
process.stdout.write(`\nThe effect report is written to ${REPORT} (open it in a browser; it prints well too).\n`);

// The covenant text of the youth-care example, in Dutch, as the parties would sign it (DOCUMENT.md).
const COVENANT = ['examples/jeugdhulp.keten', 'examples/partijen.keten'];
for (const format of ['html', 'docx', 'pdf']) {
    run(`The covenant text of the youth-care example as ${format.toUpperCase()}`, [
        'document', ...COVENANT, '--locale', 'nl', '-f', format, '-o', `report/convenant-jeugdhulp.${format}`
    ]);
}
process.stdout.write('\nThe covenant text is written to report/convenant-jeugdhulp.html, .docx and .pdf.\n');
