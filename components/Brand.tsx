interface BrandProps {
  /** What this page is, after the product name: "Leads", "Settings". */
  page?: string;
}

export function Brand({ page }: BrandProps) {
  return (
    <div class="brand">
      <img class="brand__mark" src="/icon.svg" alt="" width={28} height={28} />
      <span class="brand__name">LeadScout</span>
      {page && <span class="brand__page">{page}</span>}
    </div>
  );
}
