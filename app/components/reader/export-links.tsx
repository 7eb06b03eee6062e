import { EXPORT_FORMATS, ExportFormat } from "@/lib/export/formats";

export function ExportLinks({ slug }: { slug: string }) {
  return (
    <section className="exports" aria-labelledby="exports-title">
      <h2 id="exports-title">Download this sourcing</h2>
      <ul>
        {ExportFormat.options.map((format) => (
          <li key={format}>
            <a href={`/api/export?format=${format}&article=${encodeURIComponent(slug)}`} data-format={format} download>
              {EXPORT_FORMATS[format].label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
