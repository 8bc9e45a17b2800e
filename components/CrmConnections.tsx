import type { CrmConnectionsModel } from '@/lib/state/crm-connections-model';
import { formatDate } from '@/lib/state/labels';
import { StatusMessage } from './StatusMessage';
import { TextField } from './TextField';

/** One card per CRM: its token fields and Connect, or where it is connected and Disconnect. */
export function CrmConnections({ model }: { model: CrmConnectionsModel }) {
  return (
    <div class="crm-connections">
      {model.cards.value.map((card) => (
        <fieldset key={card.target} class="crm-connection">
          <legend class="crm-connection__title">{card.title}</legend>
          {card.connection ? (
            <p class="section-lede">
              Connected to {card.connection.host} since {formatDate(card.connection.connectedAt)}.
            </p>
          ) : (
            card.fields.map((field) => (
              <TextField
                key={field.name}
                label={field.label}
                type={field.secret ? 'password' : 'text'}
                value={field.value}
                placeholder={field.placeholder}
                onInput={(value) => {
                  field.value.value = value;
                }}
              />
            ))
          )}
          <StatusMessage text={card.status.text} tone={card.status.tone} />
          {card.connection ? (
            <button type="button" class="btn" disabled={card.busy} onClick={() => void model.disconnect(card.target)}>
              Disconnect {card.title}
            </button>
          ) : (
            <button type="button" class="btn btn--primary" disabled={card.busy} onClick={() => void model.connect(card.target)}>
              Connect {card.title}
            </button>
          )}
        </fieldset>
      ))}
    </div>
  );
}
