/**
 * The one bot comment on a pull request: where its preview is (a phone can
 * open it), what the content check found and which regional replacements are
 * stale with the basedOn to accept — so an editor who only uses the CMS or
 * github.com sees everything without Node. Rewritten on every push; the
 * marker lets the workflow find and update it instead of adding another.
 */
export const PREVIEW_MARKER = '<!-- kennisbank-preview -->';

export interface PreviewReport {
  url: string;
  editions: string[];
  checkPassed: boolean;
  /** Output of `npm run check`. */
  checkOutput: string;
  /** Output of `npm run regions:status`. */
  staleOutput: string;
  commit: string;
}

const fence = (text: string) => `\`\`\`\n${text.trim().replace(/```/g, "'''")}\n\`\`\``;

export function previewComment(report: PreviewReport): string {
  const lines = report.checkOutput.split('\n');
  const errors = lines.filter((line) => line.startsWith('✗ '));
  const warnings = lines.filter((line) => line.startsWith('! '));
  const stale = report.staleOutput.split('\n').filter((line) => /VEROUDERD|bestaat niet meer/.test(line));
  const accept = report.staleOutput.split('\n').filter((line) => /regions:accept|basedOn: "/.test(line)).map((line) => line.trim());
  const parts = [
    PREVIEW_MARKER,
    '## Voorbeeld van deze wijziging',
    '',
    `**Bekijk het voorbeeld:** ${report.url} (ook op uw telefoon)`,
    report.editions.length > 1 ? `Edities: ${report.editions.map((id) => `[${id}](${report.url}${id}/)`).join(' · ')}` : '',
    '',
    `### Controle van de inhoud: ${report.checkPassed ? '✅ geen fouten' : `❌ ${errors.length === 1 ? '1 fout' : `${errors.length} fouten`}`}${warnings.length ? `, ${warnings.length === 1 ? '1 waarschuwing' : `${warnings.length} waarschuwingen`}` : ''}`,
    '',
    ...(errors.length ? ['Verbeter deze regels (bestand:regel) en sla opnieuw op; dit bericht wordt dan bijgewerkt.', '', fence(errors.slice(0, 30).join('\n')), ''] : []),
    ...(warnings.length ? ['<details><summary>Waarschuwingen (blokkeren de publicatie niet)</summary>', '', fence(warnings.slice(0, 30).join('\n')), '', '</details>', ''] : []),
    '### Regionale versies',
    '',
    ...(stale.length
      ? [
          'De landelijke tekst is veranderd sinds deze regionale versies zijn gemaakt. Lees de verschillen, werk de regionale tekst bij en neem de nieuwe `basedOn` over:',
          '',
          fence([...stale, ...accept].join('\n')),
          '',
          '<details><summary>Alle verschillen</summary>',
          '',
          fence(report.staleOutput),
          '',
          '</details>',
        ]
      : ['Alle regionale versies zijn bij.']),
    '',
    `<sub>Bijgewerkt voor commit ${report.commit.slice(0, 7)}. Vragen? Zie docs/redactie.md, "Ik zit vast".</sub>`,
  ];
  return `${parts.filter((line, index, all) => !(line === '' && all[index - 1] === '')).join('\n')}\n`;
}
