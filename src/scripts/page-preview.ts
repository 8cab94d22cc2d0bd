/**
 * The page script of a pull-request preview (PREVIEW=1 or a /pr-<n>/ base path): the opening
 * hints as on the real site, but no worker. A preview lives on the production origin and
 * disappears when the pull request closes; a worker would outlive it, so this removes any
 * worker in the preview's folder instead of registering one.
 */
import { base } from './page.ts';

export function removeWorkers(): void {
  if (!('serviceWorker' in navigator)) return;
  const scope = new URL(base, location.href).href;
  void navigator.serviceWorker.getRegistrations().then((registrations) => {
    for (const registration of registrations) if (registration.scope.startsWith(scope)) void registration.unregister();
  });
}
