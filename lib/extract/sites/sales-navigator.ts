/**
 * Sales Navigator lead pages and lists. Its markup marks every personal field with `data-anonymize`
 * (for its own screenshot redaction), the steadiest hook it offers. A lead is keyed by its Sales
 * Navigator id: the public /in/ URL cannot be derived from it, so none is ever made up.
 */
import { cleanText, textOf, TEXT_LIMITS } from '../clean-text';
import { MAX_LISTED_PROSPECTS, webUrl } from '../fields';
import type { Finding, LayerOutput, PageContext } from '../layers/layer';
import { salesNavigatorIdOf, salesNavigatorLeadId } from '../site-kind';
import { linkedInSelectors as selectors } from './linkedin.selectors';

export function salesNavigatorLead(page: PageContext): LayerOutput {
  const topCard = page.doc.querySelector(selectors.salesLeadTopCard.selector);
  const fullName = topCard && cleanText(textOf(topCard, selectors.salesPersonName.selector), TEXT_LIMITS.name);
  if (!topCard || !fullName || !page.location) return {};
  const role = page.doc.querySelector(selectors.salesLeadCurrentRole.selector) ?? topCard;
  return {
    subject: {
      person: {
        fullName,
        title: cleanText(textOf(role, selectors.salesJobTitle.selector), TEXT_LIMITS.title),
        headline: cleanText(textOf(topCard, selectors.salesHeadline.selector), TEXT_LIMITS.headline),
        location: cleanText(textOf(topCard, selectors.salesLocation.selector), TEXT_LIMITS.location),
        salesNavigatorId: salesNavigatorLeadId(page.location),
      },
      company: { name: cleanText(textOf(role, selectors.salesCompanyName.selector), TEXT_LIMITS.name) },
    },
  };
}

export function salesNavigatorList(page: PageContext): Finding[] {
  const rows = [...page.doc.querySelectorAll(selectors.salesListRow.selector)].slice(0, MAX_LISTED_PROSPECTS);
  return rows.flatMap((row) => {
    const fullName = cleanText(textOf(row, selectors.salesPersonName.selector), TEXT_LIMITS.name);
    const leadHref = webUrl(row.querySelector(selectors.salesLeadLink.selector)?.getAttribute('href'), page.location?.href);
    const salesNavigatorId = leadHref ? salesNavigatorIdOf(new URL(leadHref).pathname.split('/')[3]) : undefined;
    if (!fullName || !salesNavigatorId) return [];
    return [
      {
        person: {
          fullName,
          title: cleanText(textOf(row, selectors.salesTitle.selector), TEXT_LIMITS.title),
          location: cleanText(textOf(row, selectors.salesLocation.selector), TEXT_LIMITS.location),
          salesNavigatorId,
        },
        company: { name: cleanText(textOf(row, selectors.salesCompanyName.selector), TEXT_LIMITS.name) },
      },
    ];
  });
}

/*
 * Handles: Sales Navigator lead pages (`/sales/lead/<id>,…`), lead search results and lead lists.
 * Fixtures: test/fixtures/pages/sales-navigator-lead.html, sales-navigator-list.html.
 */
