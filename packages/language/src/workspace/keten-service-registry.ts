/**
 * Keten is the only language of its workspaces, and Langium asks the registry for a document's
 * services in every build phase and for every link (about five times per document per build).
 * Langium's answer takes the file name and extension apart each time; this registry gives the
 * same answer, remembered per URI object, for a document that is not open in an editor (an open
 * document's language is the editor's to say, so it is asked as Langium asks it).
 */
import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

export class KetenServiceRegistry extends DefaultServiceRegistry {
    private answered = new WeakMap<URI, LangiumCoreServices>();

    override getServices(uri: URI): LangiumCoreServices {
        if (this.textDocuments?.get(uri) !== undefined) return super.getServices(uri);
        let services = this.answered.get(uri);
        if (!services) {
            services = super.getServices(uri);
            this.answered.set(uri, services);
        }
        return services;
    }

    override register(language: LangiumCoreServices): void {
        super.register(language);
        this.answered = new WeakMap();
    }
}
