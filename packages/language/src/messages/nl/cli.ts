/** Dutch texts of the `keten` command line (see `en/cli.ts`). */
import type { cliEn } from '../en/cli.js';
import { ruleAreaTitlesNl, ruleDocsNl } from './rule-docs.js';
import { documentCommandNl } from './document-command.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Hoogstens vijf namen, dan hoeveel nog meer. */
const listed = (names: readonly string[]) =>
    names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} en nog ${names.length - 5}`;

/** Wat een invoerbestand voor een opdracht is (zie `en/cli.ts`). */
const INPUT_KINDS_NL = {
    agreement: 'een afsprakenbestand',
    measurements: 'een meetbestand (--data)',
    configuration: 'het configuratiebestand'
} as const;

/** The argument parser's usage errors in Dutch, by its error code; the quoted word is kept. */
const USAGE_ERRORS_NL: Readonly<Record<string, (argument: string) => string>> = {
    'commander.unknownOption': argument => `onbekende optie ${argument}`,
    'commander.unknownCommand': argument => `onbekende opdracht ${argument}`,
    'commander.missingArgument': argument => `het argument ${argument} ontbreekt`,
    'commander.optionMissingArgument': argument => `bij optie ${argument} ontbreekt de waarde`,
    'commander.missingMandatoryOptionValue': argument => `de verplichte optie ${argument} ontbreekt`,
    'commander.excessArguments': argument => `te veel argumenten voor ${argument}`,
    'commander.invalidArgument': argument => `ongeldige waarde ${argument}`
};

export const cliNl: typeof cliEn = {
    ...documentCommandNl,
    // ---------------------------------------------------------------- run-wide
    unknownLocale: a => `Onbekende taal '${a.locale}'. Kies 'en' of 'nl'.`,
    unknownEnvironmentLocale: a => `KETEN_LOCALE is '${a.value}'; kies 'en' of 'nl'.`,
    usageError: a => {
        const dutch = USAGE_ERRORS_NL[a.code] as ((argument: string) => string) | undefined;
        const text = dutch && a.argument !== undefined ? dutch(a.argument) : a.detail;
        return `${text}. Zie 'keten --help' voor het gebruik.`;
    },
    internalError: a =>
        `interne fout: ${a.message.replace(/\.$/, '')}. Meld deze fout alstublieft; met KETEN_DEBUG=1 ziet u de details.`,
    unknownFormat: a => `Onbekend formaat '${a.format}'. Kies uit: ${a.choices.join(', ')}.`,
    permissionDenied: () => 'geen toegang',
    // ---------------------------------------------------------------- configuratie
    invalidConfiguration: a => `Ongeldige configuratie ${a.file}: ${a.key ? `'${a.key}': ` : ''}${a.detail}`,
    configurationNotFound: a => `Configuratiebestand niet gevonden: '${a.file}'.`,
    cannotReadConfiguration: a => `Kan de configuratie '${a.file}' niet lezen: ${a.reason}.`,
    configProblem: p => {
        switch (p.kind) {
            case 'not-json': return p.line === undefined ? `geen geldige JSON: ${p.reason}.` : `geen geldige JSON op regel ${p.line}, kolom ${p.column}: ${p.reason}.`;
            case 'not-a-rule': return `'${p.key}' is geen regel van Keten.` + (p.suggestion ? ` Bedoelt u '${p.suggestion}'?` : ` Met 'keten rules' ziet u de regel-id's.`);
            case 'unknown-key': return 'onbekende sleutel.' + (p.suggestion ? ` Bedoelt u '${p.suggestion}'?` : ` Toegestane sleutels: ${p.allowed.join(', ')}.`);
            case 'bad-severity': return `de ernst ${p.value} is niet een van ${p.allowed.join(', ')}.`;
            case 'bad-locale': return `de taal ${p.value} is niet een van ${p.allowed.join(', ')}.`;
            case 'not-an-object': return 'de configuratie moet een JSON-object zijn, zoals { "rules": { "no-review": "off" } }.';
            case 'not-a-glob-list': return 'moet een lijst van niet-lege glob-patronen zijn, zoals ["agreements/**/*.keten"].';
            case 'schema-not-a-text': return 'moet het adres van het JSON-schema zijn, als tekst, zoals "./node_modules/@keten/cli/keten.config.schema.json".';
            case 'rules-not-an-object': return 'moet een object zijn dat regel-id\'s koppelt aan off, info, warning of error.';
            case 'other': return p.message;
        }
    },

    // ---------------------------------------------------------------- files
    noKetenFilesIn: a =>
        `Geen .keten-bestanden gevonden in '${a.folder}'. Geef een map met afspraken, of een bestand.`,
    noKetenFilesMatch: a => `Geen .keten-bestanden passen bij '${a.pattern}'.`,
    neitherFileNorFolder: a => `'${a.path}' is geen bestand en geen map.`,
    pathNotFound: a =>
        `Pad niet gevonden: '${a.path}'. Controleer de spelling, of zet een patroon tussen aanhalingstekens, zoals "afspraken/**/*.keten".`,
    notKetenFile: a =>
        `'${a.path}' is geen .keten-bestand. Keten controleert afspraken in bestanden die op .keten eindigen; hernoem het, of noem de map met de afspraken.`,
    stdinNameNotKeten: a =>
        `--stdin-filename '${a.name}' eindigt niet op .keten. Geef de naam die het document in de werkruimte heeft (of zou hebben), zoals afspraken/pilot.keten.`,
    cannotRead: a => `Kan '${a.path}' niet lezen: ${a.reason}.`,
    cannotReadFolder: a => `Kan de map '${a.folder}' niet lezen.`,
    fileTooLarge: a =>
        `'${a.path}' is ${a.megabytes.replace('.', ',')} MB; Keten leest afsprakenbestanden tot ${a.limit} MB. Splits het over meerdere bestanden (die samen één werkruimte vormen), of controleer of het wel een afspraak is.`,
    cannotWrite: a => `Kan '${a.path}' niet schrijven: ${a.reason}.`,

    // ---------------------------------------------------------------- uitvoer (alle opdrachten)
    outputIsInput: a =>
        `Keten schrijft niet naar '${a.output}': dat is ${INPUT_KINDS_NL[a.kind]} dat deze opdracht leest${a.input !== a.output ? ` ('${a.input}')` : ''}, en schrijven zou het vervangen. Kies een ander uitvoerbestand.`,
    outputTwice: a => `'${a.output}' is als uitvoer van twee rapporten opgegeven; geef elk rapport een eigen bestand.`,
    cacheLocationIsInput: a =>
        `Keten bewaart de cache niet in '${a.location}': dat is ${INPUT_KINDS_NL[a.kind]} dat deze opdracht leest${a.input !== a.location ? ` ('${a.input}')` : ''}, en de cache zou het vervangen. Kies een andere --cache-location.`,
    cacheLocationIsKetenFile: a =>
        `Keten bewaart de cache niet in '${a.location}': een bestand dat op .keten eindigt, wordt als afsprakenbestand gelezen. Kies een andere --cache-location, zoals .ketencache.`,
    cacheLocationIsOutput: a =>
        `'${a.location}' is opgegeven als cache én als rapport; geef de cache een eigen bestand (--cache-location).`,
    cannotWriteStandardOutput: a => `Kan niet naar de standaarduitvoer schrijven: ${a.reason}.`,
    diskFull: () => 'de schijf is vol',
    inputOutputError: () => 'het apparaat meldt een invoer-/uitvoerfout',
    isAFolder: () => 'het is een map',
    readOnlyFileSystem: () => 'het bestandssysteem is alleen-lezen',
    folderCannotBeMade: () => 'de map bestaat niet en kan daar niet worden gemaakt',
    notAFolder: () => 'een deel van het pad is een bestand, geen map',
    syntaxErrorsLeftOut: a =>
        `${a.file}: ${count(a.count, 'syntaxfout', 'syntaxfouten')} (${a.count === 1 ? '' : 'de eerste '}op regel ${a.line}); ${a.leftOut.length > 0
            ? `weggelaten omdat onvolledig: ${listed(a.leftOut)}`
            : 'buiten elke partij, elk orgaan en elke afspraak: de tekst daar is niet gelezen'}. Voer 'keten validate' uit om de fouten te zien.`,

    // ---------------------------------------------------------------- validate
    outputWithoutFormat: a =>
        `Voor --output '${a.output}' staat geen --format. Geef voor meerdere rapporten elke --format gevolgd door zijn --output, bijvoorbeeld -f json -o a.json -f sarif -o b.sarif.`,
    oneReportToStandardOutput: () =>
        'Er kan maar één rapport naar de standaarduitvoer; geef na elke andere --format een --output BESTAND.',
    stdinFilenameWithoutStdin: () => '--stdin-filename wordt alleen met --stdin gebruikt.',
    stdinNeedsFilename: () => '--stdin vraagt om --stdin-filename NAAM: de bestandsnaam waaronder de standaardinvoer wordt gemeld.',
    stdinWithPaths: () => '--stdin leest één document van de standaardinvoer; geef er geen paden bij.',
    configurationLeavesNoFiles: () =>
        'Geen .keten-bestanden om te controleren: include en exclude in de configuratie laten alle gevonden bestanden weg. Noem een bestand, of pas keten.config.json aan.',
    cannotReadStandardInput: a => `Kan de standaardinvoer niet lezen: ${a.reason}.`,
    maxWarningsNotANumber: a => `--max-warnings vraagt om een geheel getal van 0 of meer, niet '${a.value}'.`,
    workersNotANumber: a => `KETEN_WORKERS vraagt om een geheel getal van 1 of meer (het aantal threads waarmee keten validate controleert), niet '${a.value}'.`,
    tooManyWarnings: a => `Keten vond te veel waarschuwingen (maximaal: ${a.maximum}).`,

    // ---------------------------------------------------------------- report
    asOfNotADate: a => `--as-of vraagt een bestaande datum in de vorm JJJJ-MM-DD, niet '${a.value}'.`,
    dataFileNotAFile: a => `Het meetbestand '${a.file}' is geen bestand.`,
    dataNamesNoFile: a => `--data noemt geen meetbestand: '${a.path}' is een map of een afspraak. Geef de CSV- of JSON-bestanden zelf, bijvoorbeeld --data metingen/*.csv.`,
    dataFileNotFound: a => `Meetbestand niet gevonden: '${a.file}'. Controleer het pad achter --data.`,
    cannotReadDataFile: a => `Kan het meetbestand '${a.file}' niet lezen: ${a.reason}.`,

    // ---------------------------------------------------------------- stylish
    severityWord: { error: 'fout', warning: 'waarschuwing', info: 'opmerking' },
    stylishClean: a => `${count(a.files, 'bestand', 'bestanden')} gecontroleerd, geen problemen`,
    stylishCleanQuiet: a =>
        `${count(a.files, 'bestand', 'bestanden')} gecontroleerd, geen fouten (niet getoond met --quiet: ${[a.warnings > 0 ? count(a.warnings, 'waarschuwing', 'waarschuwingen') : '', a.infos > 0 ? count(a.infos, 'opmerking', 'opmerkingen') : ''].filter(Boolean).join(', ')})`,
    stylishSummary: a => {
        const parts = [count(a.errors, 'fout', 'fouten'), count(a.warnings, 'waarschuwing', 'waarschuwingen')];
        if (a.infos > 0) parts.push(count(a.infos, 'opmerking', 'opmerkingen'));
        return `${count(a.errors + a.warnings + a.infos, 'probleem', 'problemen')} (${parts.join(', ')})`;
    },

    // ---------------------------------------------------------------- format
    notFormatted: a => `${a.file}: niet opgemaakt: ${a.reason}`,
    notUtf8: () => 'het bestand is geen geldige UTF-8-tekst',
    syntaxErrorsInFile: a =>
        `het bevat ${count(a.count, 'syntaxfout', 'syntaxfouten')}${a.line !== undefined ? ` (de eerste op regel ${a.line})` : ''}; met 'keten validate' ziet u ze`,
    formattedFile: a => `opgemaakt: ${a.file}`,
    reformattedCount: a => `${a.changed} van ${count(a.total, 'bestand', 'bestanden')} opnieuw opgemaakt.`,
    wouldReformat: a =>
        `${a.changed} van ${count(a.total, 'bestand', 'bestanden')} zou${a.changed === 1 ? '' : 'den'} opnieuw worden opgemaakt. Voer '${a.command}' uit om dat te doen.`,

    // ---------------------------------------------------------------- init
    initNotAFolder: a => `'${a.dir}' bestaat al en is geen map.`,
    initNotOverwriting: a =>
        `${a.files.map(file => `'${file}'`).join(' en ')} ${a.files.length === 1 ? 'wordt' : 'worden'} niet overschreven; kies een lege map.`,
    initCannotWrite: a => `Kan niet schrijven in '${a.dir}': ${a.reason}.`,
    initCreated: a => `aangemaakt: ${a.file}`,
    initNext: a => `Volgende stap: ${a.command}`,

    // ---------------------------------------------------------------- playground
    playgroundServing: a =>
        `Keten-speeltuin: ${a.url}\nOpen dit adres in een browser. Wat u schrijft, blijft in die browser; er wordt niets verstuurd. Stop met Ctrl-C.`,
    playgroundStopped: () => 'De Keten-speeltuin is gestopt.',
    playgroundNotBuilt: a =>
        a.folder === '@keten/playground'
            ? "De speeltuin is niet geïnstalleerd. Installeer hem naast het keten-commando: 'npm install @keten/playground'."
            : `De speeltuin is niet gebouwd (in '${a.folder}' staat geen index.html). Voer 'npm run build' uit in de Keten-repository.`,
    playgroundBadPort: a => `--port vraagt een geheel getal van 0 tot en met 65535, niet '${a.value}' (met 0 wordt een vrije poort gekozen).`,
    playgroundPortInUse: a => `Poort ${a.port} is al in gebruik. Kies een andere met --port, of --port 0 voor een willekeurige vrije poort.`,
    playgroundCannotListen: a => `De speeltuin kan niet worden aangeboden op ${a.host}:${a.port}: ${a.reason}.`,

    // ---------------------------------------------------------------- rules
    rulesUnknownFormat: a => `Onbekend formaat '${a.format}' voor rules. Kies text, md of json.`,
    ruleAreaTitles: ruleAreaTitlesNl,
    ruleDocs: ruleDocsNl,
    rulesSource: a => `Bron: ${a.source}`,
    rulesSummary: a =>
        `${a.count} regels. Stel de ernst in via keten.config.json ("rules": { "regel-id": "off" | "info" | "warning" | "error" }).`,
    rulesPageHead: () => [
        '# Regels van Keten',
        '',
        '<!-- Gemaakt uit de regelgegevens door `npm run docs` (keten rules --format md --locale nl). Niet met de hand bewerken: een test faalt als deze pagina verouderd is. -->',
        '',
        'Elke melding van `keten validate` en de editor draagt een van deze regel-id\'s. Ernst:',
        '`error` (fout) — de afspraak klopt niet; `warning` (waarschuwing) — waarschijnlijk een gat; `info` — het bekijken waard.',
        'Verander de ernst of zet een regel uit in `keten.config.json`, of zet één melding uit met een',
        'commentaar `// keten-disable-next-line REGEL -- reden` (zie [ci.md](ci.md)).',
        ''
    ],
    rulesTableHead: () => '| regel | ernst | meldt als |',
    rulesWhy: a => `*Waarom het ertoe doet:* ${a.source}`,
    sarifRuleHelp: a => `${a.description}\nWaarom: ${a.source}\nZie ${a.url}`
};
