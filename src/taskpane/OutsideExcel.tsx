import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** Microsoft's sideloading steps; the README's "Sideload into Excel" section has the project's own. */
export const SIDELOAD_HELP = 'https://learn.microsoft.com/office/dev/add-ins/testing/test-debug-office-add-ins#sideload-an-office-add-in-for-testing';

/** Shown when the page is opened in a plain browser instead of Excel. */
export function OutsideExcel() {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>CX Segments runs inside Excel</MessageBarTitle>
        This page is the add-in&apos;s task pane. Open it from Excel&apos;s Home tab after sideloading the add-in:{' '}
        <Link href={SIDELOAD_HELP} target="_blank" rel="noreferrer">
          how to sideload CX Segments
        </Link>
        .
      </MessageBarBody>
    </MessageBar>
  );
}
