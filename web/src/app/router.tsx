/**
 * Routes of the Loyaal web app.
 *
 * Stable data-testid selectors for end-to-end tests:
 *   sign-in:   signin-email, signin-password, signin-submit, signin-error
 *   header:    lang-switch (SegmentedControl; options "Nederlands" / "English"), user-menu-name, sign-out
 *   navbar:    nav-cases, nav-customers, nav-import, nav-users, nav-teams, nav-organisation, nav-audit, nav-api-keys
 *   users:     users-search, users-role-filter, users-table, users-new,
 *              user-form-name, user-form-email, user-form-role (native <select>), user-form-password,
 *              user-form-cost, user-form-hours, user-form-submit, user-save (detail page)
 *   teams:     teams-new, team-form-name, team-form-submit
 *   audit:     audit-table, audit-export
 *   api keys:  api-keys-new, api-key-created
 *   customers: customers-search, customers-kind-filter, customers-segment-filter, customers-sort-name, customers-table,
 *              customers-total, customers-new, customers-export
 *   customer form (modal): customer-form-kind (native <select>), customer-form-name, customer-form-external-id,
 *              customer-form-email, customer-form-phone, customer-form-street, customer-form-house-number,
 *              customer-form-postcode, customer-form-city, customer-form-cost, customer-form-submit, customer-conflict
 *   customer:  customer-name, customer-kind, customer-external-id, customer-edit, customer-delete, customer-delete-error,
 *              customer-contacts, customer-addresses, customer-details, customer-acquisition-cost,
 *              customer-products (table; badges carry data-warranty), customer-add-product,
 *              product-form-sku, product-form-date, product-form-submit,
 *              customer-purchases, customer-purchase-totals, customer-purchases-csv, customer-timeline
 *   import:    import-kind, import-mode (native <select>s), import-file (<input type=file>), import-dry-run, import-submit,
 *              import-progress, import-error, import-report, import-status (data-status), import-encoding,
 *              import-rows-read, import-created, import-updated, import-skipped, import-rejected,
 *              import-rejections, import-report-download, import-recent
 *   cases:     cases-view-<view> (tabs: open, mine, team, unassigned, due_soon, breached, review, all), cases-count-<view>,
 *              cases-search, cases-filter-status, cases-filter-team, cases-filter-assignee, cases-table,
 *              case-row (data-number; its checkbox case-select), cases-select-all, cases-shown, cases-more, cases-new
 *   bulk bar:  bulk-bar, bulk-count, bulk-status, bulk-priority, bulk-assignee, bulk-team (native <select>s, applied on change),
 *              bulk-tag, bulk-tag-add, bulk-clear, bulk-result
 *   new case (modal): case-form-customer (searchable select), case-form-contact, case-form-channel, case-form-call-duration
 *              ("m:ss"), case-form-subject, case-form-body, case-form-priority, case-form-team, case-form-assignee
 *              (native <select>s), case-form-submit, case-form-error
 *   case:      case-number, case-subject, case-subject-edit, case-subject-input, case-status, case-priority, case-team,
 *              case-assignee (native <select>s, saved on change), case-category, case-conflict, case-error, case-merged,
 *              case-sla, case-sla-<firstResponse|nextResponse|resolution> (data-state), case-links, case-link, case-merge,
 *              case-pick, case-pick-submit, case-presence,
 *              case-timeline, case-event (data-kind), case-message (data-direction, data-delivery), case-message-body
 *              (sandboxed <iframe> for HTML, text otherwise), case-message-failed, case-message-delivery,
 *              case-message-attachments, case-message-original, case-message-split, case-split-subject, case-split-submit
 *   composer:  case-composer, case-reply-kind-reply, case-reply-kind-note (aria-pressed), case-reply-editor (contentEditable),
 *              case-reply-bold, case-reply-italic, case-reply-bullets, case-reply-numbered, case-reply-link, case-reply-macro,
 *              case-reply-file (<input type=file>), case-reply-attachments, case-reply-status (native <select>),
 *              case-reply-send, case-reply-error
 *   case sidebar: case-customer, case-contact-flag, case-contact-review, case-products, case-purchase-totals,
 *              case-previous-cases
 *   portal (/portaal, customers; own header, no staff sign-in): lang-switch (NL/EN), portal-email, portal-send-link,
 *              portal-link-sent, portal-link-error, portal-signout, portal-cases, portal-case-row (data-number),
 *              portal-new-subject, portal-new-body, portal-new-submit
 *   portal case: portal-case-number, portal-case-status (data-status), portal-message (data-direction),
 *              portal-message-body (sandboxed <iframe> for HTML, text otherwise), portal-attachment, portal-reply,
 *              portal-reply-file (<input type=file>), portal-reply-attachments, portal-reply-send, portal-reply-error,
 *              portal-close, portal-reopen
 *   planning:  board (data-view day|week), board-day, board-week (view buttons, aria-pressed), board-rows, board-prev, board-today,
 *              board-next, board-date, board-row (data-technician-id), job-card (data-repair-id, data-status), job-plan,
 *              job-plan-technician (native <select>), job-plan-date, job-plan-start (<input type=time>), job-plan-duration,
 *              job-plan-submit, unplanned-list, capacity (data-planned, data-available), travel-leg (data-km)
 *   my jobs:   my-jobs (data-date), jobs-prev, jobs-today, jobs-next, jobs-date, my-job (data-repair-id), job-phone, job-map,
 *              job-status (data-status), job-start, job-minutes, job-time-note, job-time-add, job-time-total (data-minutes),
 *              job-part-search, job-part-option (data-part-id), job-part-quantity, job-part-add, job-travel-km,
 *              job-travel-save, job-photo (<input type=file>), job-notes, job-notes-save, signature-pad (<canvas>),
 *              signature-clear, signed-by, job-ftf, job-complete, job-done
 *   repairs:   repairs-filter-status, repairs-filter-kind (native <select>s), repairs-table, repair-row (data-repair-id),
 *              repair-number, repair-status (data-status), repair-timeline, repair-timeline-step, repair-workshop,
 *              repair-intake, repair-waiting, repair-resume, repair-diagnosis, repair-diagnosis-save, repair-return-method,
 *              repair-ready, repair-returned, repair-time-entries, repair-parts, repair-travel, repair-photos,
 *              repair-signature, repair-ftf, repair-costs, repair-total-cost, repair-order-link, repair-case-link
 *   portal paid services (/portaal/offertes, /afspraken, /facturen, /reparaties): portal-nav-quotes, portal-nav-bookings,
 *              portal-nav-invoices, portal-nav-repairs (home page links), portal-quotes, portal-quote (data-quote-id,
 *              data-status), portal-quote-status, portal-quote-total (data-cents), portal-quote-pdf, portal-quote-accept,
 *              portal-quote-decline, portal-slots (radiogroup), portal-slot-option (role=radio, aria-checked; data-template-id,
 *              data-date, data-slot-type, data-total; inside portal-slot-price, portal-slot-surcharge with data-cents),
 *              portal-quote-confirm, portal-quote-decline-reason, portal-quote-decline-confirm, portal-quote-done,
 *              portal-bookings, portal-booking (data-booking-id, data-status), portal-booking-when,
 *              portal-booking-reschedule, portal-booking-confirm, portal-booking-ics, portal-invoices,
 *              portal-invoice (data-invoice-id, data-number), portal-invoice-status (data-status), portal-invoice-pdf,
 *              portal-repairs, portal-repair (data-repair-id, data-status), portal-repair-status (data-status)
 *   surveys:   rating-score-<1..5> (aria-pressed), rating-comment, rating-submit, rating-thanks, rating-closed,
 *              nps-score-<0..10> (aria-pressed), nps-comment, nps-submit, nps-thanks, nps-closed
 *   case services (case page): case-services, service-add, service-select (native <select>, one per basket line),
 *              service-quantity, service-price, service-add-line, service-product (native <select>), slot-picker,
 *              slot-postcode, slot-day (data-date), slot-option (button, aria-pressed; data-slot-type, data-date,
 *              data-template-id; inside: slot-price, slot-free with data-free), basket-error, basket-estimate,
 *              quote-create, order-create, basket-created (data-number), basket-totals, quote-send, basket-close,
 *              sales-row (data-kind quote|order, data-number, data-status), sales-row-gross, sales-row-booking,
 *              sales-row-send (send a draft quote from the panel)
 *   totals:    totals-net, totals-vat, totals-vat-row (data-rate in basis points), totals-gross, totals-cost, totals-margin
 *   orders:    orders-tab-quotes, orders-tab-orders, orders-status-filter, quotes-table, orders-table,
 *              sales-list-row (data-number, data-status), sales-lines, sales-line (data-kind, data-warranty), line-warranty
 *   quote:     quote-status (data-status), quote-pdf, quote-send, quote-accept, quote-accept-confirm, quote-decline,
 *              quote-decline-reason, quote-decline-confirm, quote-order-link, quote-totals
 *   order:     order-status (data-status), order-booking, order-repairs, order-repair-link, order-invoice-link,
 *              order-cancel, order-cancel-confirm, invoice-create, invoice-create-error, order-totals
 *   invoices:  invoices-bank, invoices-search, invoices-filter-<status|kind|paymentStatus>, invoices-table,
 *              invoice-row (data-number, data-status), invoice-overdue
 *   invoice:   invoice-number, invoice-kind, invoice-status, invoice-payment-status (badges carry data-status),
 *              invoice-pdf, invoice-ubl, invoice-issue, invoice-issue-warning, invoice-issue-confirm, invoice-lines,
 *              invoice-line, invoice-edit-lines, invoice-draft-editor, draft-line, draft-line-add, draft-lines-save,
 *              invoice-totals, payment-add, payment-amount, payment-date (type=date), payment-method (native <select>),
 *              payment-reference, payment-submit, invoice-payments, payment-row, invoice-open, credit-note-create,
 *              credit-note-mode, credit-note-quantity, credit-note-reason, credit-note-submit, credit-note-row
 *   bank:      bank-upload (<input type=file>), bank-upload-submit, bank-upload-error, bank-result,
 *              bank-result-<statements|matched|unmatched|ignored> (data-count), bank-unmatched, bank-unmatched-row,
 *              bank-resolve, bank-ignore, bank-resolve-number, bank-resolve-option (data-number), bank-resolve-note,
 *              bank-resolve-submit
 *   loaners:   loaner-add, loaners-status-filter, loaners-table, loaner-row (data-serial), loaner-status, loaner-edit,
 *              loaner-issue, loaner-return, loaner-form-serial, loaner-form-model, loaner-form-category,
 *              loaner-form-condition, loaner-form-status, loaner-form-cost, loaner-form-submit, loaner-issue-repair,
 *              loaner-issue-due, loaner-issue-deposit, loaner-issue-submit, loaner-return-condition, loaner-return-check,
 *              loaner-return-notes, loaner-return-submit, loaners-overdue, overdue-row (data-serial), overdue-days (data-days)
 *   catalog:   catalog-tab-<services|parts|vat|settings>, services-table, service-row (data-code), service-margin, service-new,
 *              service-edit, service-form-code, service-form-kind, service-form-name-nl, service-form-name-en,
 *              service-form-price, service-form-vat, service-form-labour, service-form-duration, service-form-parts-cost,
 *              service-form-travel-cost (euro fields typed the Dutch way, "24,95"; selects native), service-form-skills,
 *              service-form-active, service-form-margin (data-margin-cents), service-form-submit, service-form-error,
 *              parts-table, part-row (data-sku), part-stock, part-total (data-quantity), part-new, part-edit, part-receive,
 *              part-form-sku, part-form-name-nl, part-form-name-en, part-form-cost, part-form-price, part-form-vat,
 *              part-form-active, part-form-margin, part-form-submit, part-form-error, receipt-reason, receipt-location,
 *              receipt-quantity, receipt-note, receipt-submit, receipt-error, locations-list, location-row (data-kind),
 *              location-new, location-form-name, location-form-kind, location-form-user, location-form-submit,
 *              vat-table, vat-row (data-code, data-bp), vat-form-code, vat-form-percent, vat-form-from, vat-form-to,
 *              vat-form-submit, vat-form-error, settings-labour, settings-loaner, settings-travel-cost, settings-travel-price,
 *              settings-warranty-<labour|parts|surcharge|travel>, settings-save, settings-saved, settings-error
 */
import { createBrowserRouter, Navigate, useParams } from 'react-router';
import { ApiKeysPage } from '../features/api-keys/ApiKeysPage';
import { AuditPage } from '../features/audit/AuditPage';
import { CasePage } from '../features/cases/CasePage';
import { CasesPage } from '../features/cases/CasesPage';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { CustomerPage } from '../features/customers/CustomerPage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { HomePage } from '../features/home/HomePage';
import { ImportPage } from '../features/import/ImportPage';
import { NotFoundPage } from '../features/home/NotFoundPage';
import { OrganisationPage } from '../features/organisation/OrganisationPage';
import { TeamsPage } from '../features/teams/TeamsPage';
import { UserDetailPage } from '../features/users/UserDetailPage';
import { UsersPage } from '../features/users/UsersPage';
import { PortalCasePage } from '../features/portal/PortalCasePage';
import { PortalHome } from '../features/portal/PortalHome';
import { PortalLayout } from '../features/portal/PortalLayout';
import { PortalBookingsPage } from '../features/portal/PortalBookingsPage';
import { PortalInvoicesPage } from '../features/portal/PortalInvoicesPage';
import { PortalQuotesPage } from '../features/portal/PortalQuotesPage';
import { PortalRepairsPage } from '../features/portal/PortalRepairsPage';
import { PlanningPage } from '../features/planning/PlanningPage';
import { RepairPage } from '../features/repairs/RepairPage';
import { RepairsPage } from '../features/repairs/RepairsPage';
import { MyJobPage } from '../features/technician/MyJobPage';
import { MyJobsPage } from '../features/technician/MyJobsPage';
import { SignInPage as PortalSignInPage } from '../features/portal/SignInPage';
import { NpsPage } from '../features/survey/NpsPage';
import { RatingPage } from '../features/survey/RatingPage';
import { BankPage } from '../features/invoices/BankPage';
import { InvoicePage } from '../features/invoices/InvoicePage';
import { InvoicesPage } from '../features/invoices/InvoicesPage';
import { LoanersPage } from '../features/loaners/LoanersPage';
import { OrderPage } from '../features/sales/OrderPage';
import { OrdersPage } from '../features/sales/OrdersPage';
import { QuotePage } from '../features/sales/QuotePage';
import { setUnauthorizedHandler } from './api';
import { AppLayout } from './layout';
import { queryClient } from './providers';
import { RequireRole } from './ui';

const MANAGE = ['admin', 'manager'] as const;

/** Dutch address of a case (`/zaken/:id`) to the app's route. */
function ZaakRedirect() {
  const { id = '' } = useParams();
  return <Navigate to={`/cases/${id}`} replace />;
}

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  {
    path: '/portaal',
    element: <PortalLayout />,
    children: [
      { index: true, element: <PortalHome /> },
      { path: 'inloggen', element: <PortalSignInPage /> },
      { path: 'zaken/:id', element: <PortalCasePage /> },
      // <portal:paid-services>
      { path: 'offertes', element: <PortalQuotesPage /> },
      { path: 'offertes/:id', element: <PortalQuotesPage /> },
      { path: 'afspraken', element: <PortalBookingsPage /> },
      { path: 'facturen', element: <PortalInvoicesPage /> },
      { path: 'reparaties', element: <PortalRepairsPage /> },
      // </portal:paid-services>
      { path: '*', element: <Navigate to="/portaal" replace /> },
    ],
  },
  { path: '/beoordeling/:token', element: <RatingPage /> },
  { path: '/aanbevelen/:token', element: <NpsPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'cases', element: <CasesPage /> },
      { path: 'cases/:id', element: <CasePage /> },
      { path: 'zaken', element: <Navigate to="/cases" replace /> },
      { path: 'zaken/:id', element: <ZaakRedirect /> },
      { path: 'customers', element: <CustomersPage /> },
      { path: 'customers/:id', element: <CustomerPage /> },
      { path: 'import', element: <RequireRole roles={MANAGE}><ImportPage /></RequireRole> },
      { path: 'users', element: <RequireRole roles={MANAGE}><UsersPage /></RequireRole> },
      { path: 'users/:id', element: <RequireRole roles={MANAGE}><UserDetailPage /></RequireRole> },
      { path: 'teams', element: <RequireRole roles={MANAGE}><TeamsPage /></RequireRole> },
      { path: 'organisation', element: <RequireRole roles={MANAGE}><OrganisationPage /></RequireRole> },
      { path: 'audit', element: <RequireRole roles={MANAGE}><AuditPage /></RequireRole> },
      { path: 'api-keys', element: <RequireRole roles={['admin']}><ApiKeysPage /></RequireRole> },
      // <staff:sales>
      { path: 'orders', element: <RequireRole roles={['admin', 'manager', 'agent', 'planner']}><OrdersPage /></RequireRole> },
      { path: 'orders/:id', element: <RequireRole roles={['admin', 'manager', 'agent', 'planner']}><OrderPage /></RequireRole> },
      { path: 'quotes/:id', element: <RequireRole roles={['admin', 'manager', 'agent', 'planner']}><QuotePage /></RequireRole> },
      { path: 'invoices', element: <RequireRole roles={['admin', 'manager', 'agent']}><InvoicesPage /></RequireRole> },
      { path: 'invoices/bank', element: <RequireRole roles={['admin', 'manager']}><BankPage /></RequireRole> },
      { path: 'invoices/:id', element: <RequireRole roles={['admin', 'manager', 'agent']}><InvoicePage /></RequireRole> },
      { path: 'loaners', element: <RequireRole roles={['admin', 'manager', 'agent', 'planner']}><LoanersPage /></RequireRole> },
      // </staff:sales>
      // <staff:planning>
      { path: 'planning', element: <RequireRole roles={['admin', 'manager', 'planner']}><PlanningPage /></RequireRole> },
      { path: 'my-jobs', element: <RequireRole roles={['technician']}><MyJobsPage /></RequireRole> },
      { path: 'my-jobs/:id', element: <RequireRole roles={['technician']}><MyJobPage /></RequireRole> },
      { path: 'repairs', element: <RequireRole roles={['admin', 'manager', 'agent', 'planner']}><RepairsPage /></RequireRole> },
      { path: 'repairs/:id', element: <RequireRole roles={['admin', 'manager', 'agent', 'planner']}><RepairPage /></RequireRole> },
      // </staff:planning>
      // <staff:catalog>
      { path: 'catalog', element: <RequireRole roles={MANAGE}><CatalogPage /></RequireRole> },
      // </staff:catalog>
      { path: 'home', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** Any 401 from the API: forget cached data and go to the sign-in page. */
setUnauthorizedHandler(() => {
  const path = window.location.pathname;
  if (path === '/sign-in' || path === '/forgot-password' || path === '/reset-password') return;
  queryClient.clear();
  void router.navigate('/sign-in', { replace: true });
});
