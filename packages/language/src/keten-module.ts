/**
 * The Keten language services: Langium's defaults plus our scope computation, linker,
 * document validator, settings and the rules of the registry.
 */
import {
    inject, type DeepPartial, type LangiumCoreServices, type LangiumSharedCoreServices, type Module
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { KetenGeneratedModule, KetenGeneratedSharedModule, KetenLanguageMetaData } from './generated/module.js';
import { KetenScopeComputation } from './scoping/keten-scope-computation.js';
import { KetenLinker } from './scoping/keten-linker.js';
import { KetenScopeProvider } from './scoping/keten-scope-provider.js';
import { KetenAstNodeDescriptionProvider, KetenReferenceDescriptionProvider } from './scoping/keten-node-descriptions.js';
import { KetenDocumentValidator } from './validation/keten-document-validator.js';
import { KetenSettings } from './config/keten-settings.js';
import { registerRules } from './validation/rule-runner.js';
import { createKetenParser } from './parser/keten-parser.js';
import { KetenTokenBuilder } from './parser/keten-token-builder.js';
import { KetenLexer } from './parser/keten-lexer.js';
import { KetenLspModule, KetenSharedLspModule } from './lsp/keten-lsp-module.js';
import { KetenServiceRegistry } from './workspace/keten-service-registry.js';

export interface KetenAddedServices {
    keten: {
        Settings: KetenSettings;
    };
}

export type KetenServices = LangiumServices & KetenAddedServices;

/** Set by the bundler (scripts/build.mjs); tests and `tsx` run from source without it. */
declare const KETEN_BUNDLED: boolean | undefined;

export const KetenModule: Module<KetenServices, PartialLangiumServices & DeepPartial<KetenAddedServices>> = {
    // A bundle skips Chevrotain's self-checks of the grammar, which every start would repeat;
    // running from source, as the tests do, still makes them.
    LanguageMetaData: () => ({
        ...KetenLanguageMetaData,
        mode: typeof KETEN_BUNDLED === 'boolean' && KETEN_BUNDLED ? 'production' : 'development'
    }),
    keten: {
        Settings: () => new KetenSettings()
    },
    parser: {
        LangiumParser: (services) => createKetenParser(services),
        TokenBuilder: () => new KetenTokenBuilder(),
        Lexer: (services) => new KetenLexer(services)
    },
    references: {
        ScopeComputation: (services) => new KetenScopeComputation(services),
        ScopeProvider: (services) => new KetenScopeProvider(services),
        Linker: (services) => new KetenLinker(services as unknown as KetenServices)
    },
    workspace: {
        AstNodeDescriptionProvider: (services) => new KetenAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: (services) => new KetenReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new KetenDocumentValidator(services as unknown as KetenServices)
    }
};

/** Shared services of the language itself (the editor's are in `KetenSharedLspModule`). */
export const KetenSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    ServiceRegistry: (services) => new KetenServiceRegistry(services)
};

/**
 * Creates the shared and the language services. The CLI passes `NodeFileSystem`; the language
 * server adds its connection. Extra modules let a caller (a test, the server) override services.
 */
export function createKetenServices(
    context: DefaultSharedModuleContext,
    ...extra: Array<Module<KetenServices, DeepPartial<KetenServices>>>
): { shared: LangiumSharedServices; Keten: KetenServices } {
    const shared = inject(createDefaultSharedModule(context), KetenGeneratedSharedModule, KetenSharedModule, KetenSharedLspModule);
    const Keten = inject(
        createDefaultModule({ shared }),
        KetenGeneratedModule as unknown as Module<KetenServices, DeepPartial<KetenServices>>,
        KetenModule as Module<KetenServices, DeepPartial<KetenServices>>,
        KetenLspModule as Module<KetenServices, DeepPartial<KetenServices>>,
        ...extra
    );
    shared.ServiceRegistry.register(Keten);
    registerRules(Keten);
    if (!context.connection) {
        // Without a language client the workspace has no configuration to wait for.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Keten };
}

export type { LangiumCoreServices, LangiumSharedCoreServices };
