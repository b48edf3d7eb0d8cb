// A stream entry's fields as Redis gives them (name, value, name, value…) as a record.
export function streamFields(flat: string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) record[flat[i] as string] = flat[i + 1] as string;
  return record;
}
