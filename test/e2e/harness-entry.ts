// Bundled by test/e2e/harness.ts and served in place of office.js: it installs the in-memory
// Excel model as the Office and Excel globals, preloaded with what the test put on window.
import { installExcelModel } from '../excel-model/browser';

const init = (window as unknown as { __CX_MODEL_INIT__: Parameters<typeof installExcelModel>[0] }).__CX_MODEL_INIT__;
(window as unknown as { __CX_MODEL__: unknown }).__CX_MODEL__ = installExcelModel(init);
