/** The overdue-loaner reminder, in Dutch or English. */
export function overdueLoanerMail(locale: string, c: { name: string; model: string; serial: string; dueDate: string; repairNumber: string }) {
  const [y, m, d] = c.dueDate.split('-');
  if (locale === 'en')
    return {
      subject: `Please return the loan appliance (${c.repairNumber})`,
      text: `Dear ${c.name},\n\nThe loan appliance you received with repair ${c.repairNumber} (${c.model}, serial number ${c.serial}) was due back on ${d}/${m}/${y}. Please return it as soon as possible, or contact us if you need it for longer.\n\nKind regards,\nThe service department\n`,
    };
  return {
    subject: `Wilt u het leenapparaat terugbrengen? (${c.repairNumber})`,
    text: `Beste ${c.name},\n\nHet leenapparaat dat u bij reparatie ${c.repairNumber} kreeg (${c.model}, serienummer ${c.serial}) had op ${d}-${m}-${y} terug moeten zijn. Wilt u het zo snel mogelijk terugbrengen, of contact met ons opnemen als u het langer nodig hebt?\n\nMet vriendelijke groet,\nDe serviceafdeling\n`,
  };
}
