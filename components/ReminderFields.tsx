import { TextField } from './TextField';

interface ReminderFieldsProps {
  /** yyyy-mm-dd */
  date: string;
  note: string;
  /** The stage needs a date and there is none: say so next to the field. */
  missing: boolean;
  onDateInput: (day: string) => void;
  onNoteInput: (text: string) => void;
}

/** When to come back to a prospect who asked to be contacted later, and what about. */
export function ReminderFields({ date, note, missing, onDateInput, onNoteInput }: ReminderFieldsProps) {
  return (
    <div class="reminder">
      <TextField
        label="Reminder date"
        type="date"
        value={date}
        onInput={onDateInput}
        hint={missing ? 'Required for “Contact in the future”: you get a notification that morning.' : undefined}
      />
      <TextField label="Reminder note" placeholder="Call after their budget cycle" value={note} onInput={onNoteInput} />
    </div>
  );
}
