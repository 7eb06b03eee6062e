// Dates in the review pages: minutes are enough, in UTC so every editor reads the same time.
export function formatWhen(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}
