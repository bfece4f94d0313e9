import { ErrorCode, CustomFunctionsError } from '../support/custom-functions';
import { ModelInit, createExcelModel } from './create-model';

/**
 * Installs the in-memory Excel as the page's Office, Excel and CustomFunctions globals, as
 * office.js would inside Excel. The browser tests serve a bundle of this in place of office.js.
 */
export function installExcelModel(init: ModelInit) {
  const model = createExcelModel(init);
  const g = globalThis as Record<string, unknown>;
  g.Excel = model.Excel;
  g.Office = model.Office;
  g.CustomFunctions = { Error: CustomFunctionsError, ErrorCode, associate: () => undefined };
  return model;
}
