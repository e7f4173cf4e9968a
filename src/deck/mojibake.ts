// Repairing "mojibake": UTF-8 text that a program read as Windows-1252 and
// saved again as UTF-8. Every byte of a Lao letter became a Latin character
// (ພ, bytes E0 BA 9E, became "àºž"); Vietnamese suffers the same (ô → "Ã´").
// The repair maps each run of Windows-1252 characters back to its bytes and
// decodes them as UTF-8. A run is repaired only when that succeeds and gives
// something else: text that was really written in a Latin script ("café",
// "naïve") is not valid UTF-8 once mapped back, and is left alone. Runs, not
// lines: a line may hold a garbled Vietnamese column beside intact Lao.

/** Windows-1252's characters for bytes 0x80–0x9F (the bytes it leaves undefined come through as C1 controls). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const BYTE_OF = new Map<string, number>([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));

/** A UTF-8 lead byte (as Windows-1252 shows it) followed by a continuation byte: the mark of mojibake. */
const MARK = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

const strict = new TextDecoder('utf-8', { fatal: true });

/** Maximal runs of characters that Windows-1252 can hold (Lao letters, ơ, ư, đ… end a run). */
const RUN = new RegExp(`[\\u0000-\\u00ff${CP1252_HIGH}]+`, 'g');

function cp1252Bytes(run: string): Uint8Array {
  const out = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    out[i] = code <= 0xff ? code : BYTE_OF.get(run[i]!)!;
  }
  return out;
}

/** The run as it was before it was garbled, or null if it was not. */
function repairRun(run: string): string | null {
  if (!MARK.test(run)) return null;
  try {
    const repaired = strict.decode(cp1252Bytes(run));
    return repaired !== run ? repaired : null;
  } catch {
    return null;
  }
}

/** The text with every garbled run repaired, and the 1-based numbers of the lines that had one. */
export function repairMojibake(text: string): { text: string; lines: number[] } {
  if (!MARK.test(text)) return { text, lines: [] };
  const lines: number[] = [];
  const out = text.split('\n').map((line, i) => {
    let changed = false;
    const repaired = line.replace(RUN, (run) => {
      const fixed = repairRun(run);
      if (fixed === null) return run;
      changed = true;
      return fixed;
    });
    if (changed) lines.push(i + 1);
    return repaired;
  });
  return { text: out.join('\n'), lines };
}
