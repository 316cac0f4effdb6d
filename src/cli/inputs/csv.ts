// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF.

export class CsvError extends Error {}

/** All records of a CSV text, each a list of fields. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let at = 0;
  let line = 1;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (at < text.length) {
    const char = text[at]!;
    if (char === '"' && field === '') {
      const startLine = line;
      at++;
      for (;;) {
        if (at >= text.length) throw new CsvError(`line ${startLine}: a quoted field is never closed; add the closing double quote.`);
        const inner = text[at]!;
        if (inner === '"' && text[at + 1] === '"') {
          field += '"';
          at += 2;
        } else if (inner === '"') {
          at++;
          break;
        } else {
          if (inner === '\n') line++;
          field += inner;
          at++;
        }
      }
      const next = text[at];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvError(`line ${line}: text follows a closing quote; inside a quoted field write a quote as "".`);
      }
      continue;
    }
    if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[at + 1] === '\n') at++;
      line++;
      endRecord();
    } else field += char;
    at++;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}
