/**
 * Routes of the Loyaal web app.
 *
 * Stable data-testid selectors for end-to-end tests:
 *   sign-in:   signin-email, signin-password, signin-submit, signin-error
 *   header:    lang-switch (SegmentedControl; options "Nederlands" / "English"), user-menu-name, sign-out
 *   navbar:    nav-customers, nav-import, nav-users, nav-teams, nav-organisation, nav-audit, nav-api-keys
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
 */
import { createBrowserRouter, Navigate } from 'react-router';
import { ApiKeysPage } from '../features/api-keys/ApiKeysPage';
import { AuditPage } from '../features/audit/AuditPage';
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
import { setUnauthorizedHandler } from './api';
import { AppLayout } from './layout';
import { queryClient } from './providers';
import { RequireRole } from './ui';

const MANAGE = ['admin', 'manager'] as const;

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'customers', element: <CustomersPage /> },
      { path: 'customers/:id', element: <CustomerPage /> },
      { path: 'import', element: <RequireRole roles={MANAGE}><ImportPage /></RequireRole> },
      { path: 'users', element: <RequireRole roles={MANAGE}><UsersPage /></RequireRole> },
      { path: 'users/:id', element: <RequireRole roles={MANAGE}><UserDetailPage /></RequireRole> },
      { path: 'teams', element: <RequireRole roles={MANAGE}><TeamsPage /></RequireRole> },
      { path: 'organisation', element: <RequireRole roles={MANAGE}><OrganisationPage /></RequireRole> },
      { path: 'audit', element: <RequireRole roles={MANAGE}><AuditPage /></RequireRole> },
      { path: 'api-keys', element: <RequireRole roles={['admin']}><ApiKeysPage /></RequireRole> },
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
