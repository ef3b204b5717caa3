/** assets/playground.js: the editor and the page, with the workspace and the server early-start.ts began. */
import buildData from 'keten-playground:build-data';
import './playground.css';
import { playgroundMessagesFor } from '../messages/catalogue.js';
import { registerKetenLanguage } from './editor/keten-language.js';
import { early } from './early-start.js';
import { PlaygroundApp, type Notice } from './playground-app.js';

registerKetenLanguage(buildData.keywords);

const messages = playgroundMessagesFor(early.locale);
const root = document.getElementById('app') ?? document.body;
let app: PlaygroundApp | undefined;
let notice: Notice | undefined;
if (early.opening === 'draft-restored') notice = { text: messages.draftRestored };
if (early.opening === 'shared-opened-over-draft') notice = { text: messages.sharedOpened, action: { label: messages.restoreDraft, run: () => app?.restoreSetAside() } };
app = new PlaygroundApp(root, early, notice);
if (typeof early.opening === 'object') app.notify({ text: messages.sharedRefused(app.refusalText(early.opening.refused)) });
