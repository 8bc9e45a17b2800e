import { useModel } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { CrmConnections } from '@/components/CrmConnections';
import { CrmConnectionsModel, type CrmConnectionsDeps } from '@/lib/state/crm-connections-model';

/** Options → CRM connections: outside the settings form, since each card connects on its own. */
export function CrmSection({ deps }: { deps: CrmConnectionsDeps }) {
  const model = useModel(() => new CrmConnectionsModel(deps));
  useEffect(() => {
    void model.load();
  }, [model]);
  return (
    <section class="card options-section" aria-labelledby="crm-heading">
      <h2 class="card__title" id="crm-heading">
        CRM connections
      </h2>
      <p class="section-lede">
        Push leads from the dashboard straight into your CRM. Connecting asks your browser for access to that
        CRM’s address only; tokens stay in this browser, in storage no web page can read, and Disconnect deletes them.
      </p>
      <CrmConnections model={model} />
    </section>
  );
}
