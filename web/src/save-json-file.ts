// Saves a document the API answered as a JSON file on the person's device,
// pretty-printed so it can be read as well as imported elsewhere: the account
// export (account-export-file.ts) and the moderators' transparency report
// (transparency-report-file.ts).

/** Downloads `data` as `name`, through a link to a Blob: no request, nothing kept on the server. */
export function saveJsonFile(name: string, data: unknown): void {
  const file = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}
