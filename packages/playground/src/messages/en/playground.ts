/**
 * Every text the playground's own interface shows, in English. Findings, hover, completion,
 * quick fixes and reports come from the language server in the worker, in the language's own
 * catalogue (packages/language/src/messages/); Monaco's built-in menus stay in its English.
 */
export const playgroundEn = {
    appTitle: 'Keten playground',
    tagline: 'Write a chain agreement; Keten shows each gap as you type. Nothing leaves this page.',
    interfaceLanguage: 'Language',
    languageNames: { en: 'English', nl: 'Nederlands' } as Record<'en' | 'nl', string>,

    // the toolbar
    examplesLabel: 'Start from an example',
    examplePlaceholder: 'Examples…',
    openFiles: 'Open…',
    openFilesHint: 'Open .keten files, a workspace .zip, or measurements (.csv, .json) from your computer',
    saveFile: 'Save file',
    saveFileHint: 'Download the file in the active tab',
    saveZip: 'Save all (.zip)',
    saveZipHint: 'Download every file of the workspace as one .zip',
    share: 'Share',
    shareHint: 'Make a link that holds the whole workspace (the text travels in the link itself, not via a server)',
    format: 'Format',
    formatHint: 'Put the active file in the canonical layout (keten format)',
    keywordsLabel: 'Keywords:',
    keywordsInto: (language: string) => `Keywords in ${language}`,
    keywordsIntoHint: (language: string) => `Rewrite every keyword of the active file in ${language} (keten format --locale)`,
    keywordLanguageNames: { en: 'English', nl: 'Dutch' } as Record<'en' | 'nl', string>,

    // files and tabs
    filesLabel: 'Files',
    newFile: 'New file',
    newFileName: (n: number) => (n === 1 ? 'agreement.keten' : `agreement-${n}.keten`),
    renameFile: (name: string) => `Rename ${name}`,
    deleteFile: (name: string) => `Delete ${name}`,
    confirmDelete: (name: string) => `Delete ${name}? It is not kept anywhere else.`,
    renamePrompt: 'New name',
    badFileName: (name: string) => `'${name}' cannot be a file name: use letters, digits, '-', '_' or '.', and end it with .keten.`,
    fileExists: (name: string) => `There already is a file '${name}'.`,
    lastFile: 'The workspace keeps at least one file.',

    // problems
    problemsTitle: 'Problems',
    problemCounts: (errors: number, warnings: number, infos: number) =>
        `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} ${infos === 1 ? 'info' : 'infos'}`,
    noProblems: 'No problems: every check passes.',
    checking: 'Checking…',
    moreProblems: (n: number) => `… and ${n} more`,
    severityNames: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' } as Record<'error' | 'warning' | 'info' | 'hint', string>,
    fileNotChecked: (name: string, megabytes: string) => `${name} is ${megabytes} MB and is not checked: Keten checks agreement files of up to 4 MB, as keten validate does. Split it into several files.`,
    quickFixes: 'Fix…',
    quickFixesHint: 'Show the quick fixes for this problem',
    noQuickFixes: 'No quick fix for this problem.',

    // the side panels
    panelsLabel: 'Views',
    reportTab: 'Effect report',
    diagramTab: 'Chain diagram',
    measurementsTab: 'Measurements',
    covenantTab: 'Covenant text',
    refresh: 'Refresh',
    reportAsOf: 'Report date',
    noAgreementInFile: (name: string) => `${name} holds no agreement: open an agreement to see its report.`,
    reportFailed: (reason: string) => `The report could not be made: ${reason}`,
    diagramFormat: 'Show as',
    diagramFormats: { svg: 'Picture', mermaid: 'Mermaid', dot: 'Graphviz DOT' } as Record<'svg' | 'mermaid' | 'dot', string>,
    diagramAlt: (name: string) => `The chain of ${name}: parties, roles, mandates and escalation routes`,
    diagramZoomHint: 'Click to fit the diagram to the panel, or to show it at its own size again',
    diagramFailed: (reason: string) => `The diagram could not be made: ${reason}`,
    copy: 'Copy',
    copied: 'Copied.',
    measurementsIntro: 'Measurements as CSV (effect;date;value, as Excel writes them) or JSON: paste them here or load a file. The effect report and the status above each effect use them.',
    measurementsPasteLabel: 'Paste measurements',
    measurementsPasteName: 'pasted.csv',
    measurementsApply: 'Use these measurements',
    measurementsLoad: 'Load file…',
    measurementsNone: 'No measurements yet.',
    measurementsRemove: (name: string) => `Remove ${name}`,
    measurementsSize: (lines: number) => `${lines} ${lines === 1 ? 'line' : 'lines'}`,
    covenantUnavailable: 'The covenant text comes here once the language server can write it (keten document).',

    // keeping and sharing
    draftRestored: 'Your draft from the last visit is back.',
    draftNotKept: 'This workspace is too large to keep in the browser; save it as a .zip to keep it.',
    sharedOpened: 'Opened the workspace from the link. Your own draft is kept aside:',
    restoreDraft: 'Back to my draft',
    sharedRefused: (reason: string) => `The link was not opened: ${reason}`,
    shareTitle: 'Share this workspace',
    shareExplanation: 'Anyone who opens this link sees these files. The text is inside the link itself (after the #), so it is never sent to a server. Keep the link private if the text is.',
    shareTooLong: (kb: number) => `This link is ${kb} kB long; some mail programs and chat apps cut long links. A .zip travels better.`,
    close: 'Close',
    openedFiles: (count: number) => `Opened ${count} ${count === 1 ? 'file' : 'files'}.`,
    openRefused: (name: string, reason: string) => `${name} was not opened: ${reason}`,
    exampleOpened: (title: string) => `Opened the example “${title}”. Your draft before it is kept aside:`,

    // limits on what is opened (shared links, zips, files)
    limitTooLarge: (mb: number) => `it holds more than ${mb} MB of text.`,
    limitTooManyFiles: (count: number) => `it holds more than ${count} files.`,
    limitNotAWorkspace: 'it holds no Keten workspace (it may be cut off or changed).',
    limitNotText: 'it is not UTF-8 text.',
    limitUnsupported: 'only .keten, .zip, .csv and .json files can be opened.',

    // status
    starting: 'Starting the checker…',
    ready: 'Ready',
    workerFailed: 'The checker stopped. Reload the page to start it again; your draft is kept.',
    formatFailed: 'This file has syntax errors; it is formatted once they are corrected.'
};

export type PlaygroundMessages = typeof playgroundEn;
