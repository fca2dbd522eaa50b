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
 *   surveys:   rating-score-<1..5> (aria-pressed), rating-comment, rating-submit, rating-thanks, rating-closed,
 *              nps-score-<0..10> (aria-pressed), nps-comment, nps-submit, nps-thanks, nps-closed
 */
import { createBrowserRouter, Navigate, useParams } from 'react-router';
import { ApiKeysPage } from '../features/api-keys/ApiKeysPage';
import { AuditPage } from '../features/audit/AuditPage';
import { CasePage } from '../features/cases/CasePage';
import { CasesPage } from '../features/cases/CasesPage';
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
import { SignInPage as PortalSignInPage } from '../features/portal/SignInPage';
import { NpsPage } from '../features/survey/NpsPage';
import { RatingPage } from '../features/survey/RatingPage';
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
      // </staff:sales>
      // <staff:planning>
      // </staff:planning>
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
