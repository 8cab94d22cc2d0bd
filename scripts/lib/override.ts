/** Turns a national MDX file into the start of a regional replacement: same text, plus `overlay` and `basedOn`. */
export function startOverride(nationalText: string, hash: string): string {
  const match = /^---\r?\n/.exec(nationalText);
  if (!match) throw new Error('het landelijke bestand heeft geen front matter');
  const lines = nationalText.slice(match[0].length).split('\n').filter((line) => !/^(overlay|basedOn|editorial)\s*:/.test(line));
  return `---\noverlay: replace\n# Hash van de landelijke tekst waarop deze versie is gebaseerd; npm run regions:status meldt inhoudelijke wijzigingen, npm run regions:accept neemt ze over.\nbasedOn: "${hash}"\n${lines.join('\n')}`;
}
