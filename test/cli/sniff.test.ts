import { csvCells } from '../../src/cli/read-input';
import { decodeText, sniffDelimiter, sniffEncoding } from '../../src/cli/sniff';

describe('reading CSV files as they come', () => {
  it('finds the delimiter: comma, semicolon (European Excel), tab or pipe, ignoring quoted text', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(sniffDelimiter('Kunde;Datum;Betrag\n"Müller, Anna";2024-01-02;12,50')).toBe(';');
    expect(sniffDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2|3')).toBe('|');
    // a quoted line break in the first records, and a quoted field cut off by the end of the first chunk
    expect(sniffDelimiter('Kunde;Notiz;Betrag\n"Anna";"zwei\nZeilen, hier";12,50\nBen;x;3\n"offen')).toBe(';');
    expect(csvCells('Kunde;Datum;Betrag\n"Müller, Anna";2024-01-02;12,50\n')).toEqual([['Kunde', 'Datum', 'Betrag'], ['Müller, Anna', '2024-01-02', '12,50']]);
  });

  it('decodes UTF-8 with or without BOM, UTF-16 with a BOM, else Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]))).toEqual({ text: 'aé', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]))).toEqual({ text: 'aé', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0x61, 0xe9, 0x80]))).toEqual({ text: 'aé€', encoding: 'windows-1252' });
  });

  it('sniffs the encoding from the first chunk: BOMs, UTF-16 without a BOM, a UTF-8 character cut at the end', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ encoding: 'utf-8', bom: 3 });
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toEqual({ encoding: 'utf-16be', bom: 2 });
    expect(sniffEncoding(Buffer.from('id,date\n1,2024', 'utf16le'))).toEqual({ encoding: 'utf-16le', bom: 0 });
    // "aé" with the é's second byte in the next chunk
    expect(sniffEncoding(new Uint8Array([0x61, 0xc3]))).toEqual({ encoding: 'utf-8', bom: 0 });
    expect(sniffEncoding(new Uint8Array([0x61, 0xe9, 0x62]))).toEqual({ encoding: 'windows-1252', bom: 0 });
  });
});
