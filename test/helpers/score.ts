// Scores an extracted document against a truth file exactly as ../shared/tools/score.mjs does (greedy
// page + label matching, values by column header, then year + kind, then year; wrong, spurious, missing;
// silent = no flag on the item and no warning on its page and table). The logic lives once, in
// fixtures/generator/score.mjs; this turns an ExtractedDocument into the JSON the CLI prints, so flags
// and warnings mean here what they mean to the shared scorer.
import { extractionToJson } from "../../src/render/extractionJson.js";
import type { ExtractedDocument } from "../../src/model/types.js";
import { scoreDocument, totalLine, totals, type ScoreRow, type ScoreTotals } from "../../fixtures/generator/score.mjs";

export type { ScoreRow, ScoreTotals };
export { scoreDocument, totalLine, totals };

export function scoreExtracted(doc: ExtractedDocument, truth: unknown, name: string = doc.file): ScoreRow {
  return scoreDocument(truth, JSON.parse(extractionToJson([doc])), name);
}
