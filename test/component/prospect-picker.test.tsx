import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProspectPicker } from '@/components/ProspectPicker';

const CHOICES = [
  { name: 'Olena Kovalenko', detail: 'Head of Sales' },
  { name: 'Taras Melnyk', detail: 'CTO' },
  { name: 'Unnamed prospect' },
];

describe('ProspectPicker', () => {
  afterEach(cleanup);

  it.each([
    [CHOICES, '3 people on this page'],
    [CHOICES.slice(0, 1), '1 person on this page'],
  ])('should say how many people the page shows', (choices, expected) => {
    render(<ProspectPicker choices={choices} onPick={vi.fn()} />);

    expect(screen.getByRole('heading', { name: expected })).toBeTruthy();
  });

  it('should offer one button per person, with their name and title', () => {
    render(<ProspectPicker choices={CHOICES} onPick={vi.fn()} />);

    const names = screen.getAllByRole('button').map((button) => button.textContent);

    expect(names).toEqual(['Olena KovalenkoHead of Sales', 'Taras MelnykCTO', 'Unnamed prospect']);
  });

  it('should report the person picked and show them pressed', () => {
    const onPick = vi.fn();
    render(<ProspectPicker choices={CHOICES} picked={0} onPick={onPick} />);

    fireEvent.click(screen.getByRole('button', { name: /Taras Melnyk/ }));

    expect(onPick).toHaveBeenCalledWith(1);
    expect(screen.getByRole('button', { name: /Olena Kovalenko/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /Taras Melnyk/ }).getAttribute('aria-pressed')).toBe('false');
  });
});
