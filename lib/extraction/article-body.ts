// Article files may open with "URL:" and "TITLE:" lines and a blank line; offsets count from the
// body after them (the attribution scorer counts the same way).
export function stripArticleHeader(raw: string): string {
  const lines = raw.split("\n");
  let i = 0;
  while (i < lines.length && /^(URL|TITLE):/.test(lines[i] ?? "")) i++;
  if (i > 0 && lines[i] === "") i++;
  return lines.slice(i).join("\n");
}
