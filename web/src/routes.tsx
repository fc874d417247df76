/**
 * The route table: one line per page. A page is a default-exported component in src/pages/…, loaded on demand.
 *   area   — which layout and which roles (see areaRoles); 'public' pages need no sign-in.
 *   menu   — [zh-CN, en] label when the page appears in its area's menu (omit for detail pages).
 *   roles  — narrower or wider than the area's roles; anonymous: true lets signed-out visitors in.
 */
import { visitorMenu } from './pages/portal/words';
import type { ComponentType, ReactNode } from 'react';
import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BellOutlined,
  PayCircleOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  InboxOutlined,
  LikeOutlined,
  PhoneOutlined,
  FileTextOutlined,
  FlagOutlined,
  CheckSquareOutlined,
  UnorderedListOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  ApartmentOutlined,
  CalendarOutlined,
  IdcardOutlined,
  SoundOutlined,
  BuildOutlined,
} from '@ant-design/icons';
import type { Role } from './api/types';
import type { Pair } from './i18n';

export type Area = 'portal' | 'window' | 'review' | 'supervision' | 'inspector' | 'public';

export interface PageRoute {
  path: string;
  area: Area;
  page: () => Promise<{ default: ComponentType }>;
  menu?: Pair;
  icon?: ReactNode;
  roles?: Role[];
  /** only for these kinds of account (a business's pages) */
  kinds?: Array<'citizen' | 'business' | 'staff'>;
  anonymous?: boolean;
}

export const areaRoles: Record<Area, Role[] | 'anyone'> = {
  portal: ['applicant', 'agent'],
  window: ['clerk'],
  review: ['reviewer', 'head'],
  supervision: ['supervisor', 'admin'],
  inspector: ['inspector', 'supervisor'],
  public: 'anyone',
};

/** Where each area starts (its first menu entry). */
export const areaHome: Record<Area, string> = {
  portal: '/portal',
  window: '/window',
  review: '/review',
  supervision: '/supervision',
  inspector: '/inspector',
  public: '/public/verify',
};

export const routes: PageRoute[] = [
  // portal (applicants, agents)
  { path: '/portal', area: 'portal', page: () => import('./pages/portal/PortalHome'), menu: visitorMenu['/portal'], icon: <HomeOutlined />, anonymous: true },
  { path: '/portal/bundles', area: 'portal', page: () => import('./pages/portal/BundlesPage'), menu: visitorMenu['/portal/bundles'], icon: <AppstoreOutlined />, anonymous: true },
  { path: '/portal/bundles/:code', area: 'portal', page: () => import('./pages/portal/BundlePage'), anonymous: true },
  { path: '/portal/catalog', area: 'portal', page: () => import('./pages/portal/CatalogPage'), menu: visitorMenu['/portal/catalog'], icon: <ReadOutlined />, anonymous: true },
  { path: '/portal/catalog/:code', area: 'portal', page: () => import('./pages/portal/ItemGuidePage'), anonymous: true },
  { path: '/portal/search', area: 'portal', page: () => import('./pages/portal/SearchPage'), anonymous: true },
  { path: '/portal/progress', area: 'portal', page: () => import('./pages/portal/ProgressPage'), menu: visitorMenu['/portal/progress'], icon: <FileSearchOutlined />, anonymous: true },
  { path: '/portal/notices/:id', area: 'portal', page: () => import('./pages/portal/NoticePage'), anonymous: true },
  { path: '/portal/apply', area: 'portal', page: () => import('./pages/portal/ApplyPage') },
  { path: '/portal/applications', area: 'portal', page: () => import('./pages/portal/MyApplicationsPage'), menu: ['我的办件', 'My applications'], icon: <FolderOpenOutlined /> },
  { path: '/portal/applications/:id', area: 'portal', page: () => import('./pages/portal/ApplicationPage') },
  { path: '/portal/applications/:id/rate', area: 'portal', page: () => import('./pages/portal/RatePage') },
  { path: '/portal/licences', area: 'portal', page: () => import('./pages/portal/MyLicencesPage'), menu: ['我的证照', 'My licences'], icon: <SafetyCertificateOutlined /> },
  { path: '/portal/licences/:id', area: 'portal', page: () => import('./pages/portal/LicencePage') },
  { path: '/portal/ratings', area: 'portal', page: () => import('./pages/portal/MyRatingsPage'), menu: ['我的评价', 'My ratings'], icon: <AuditOutlined /> },
  { path: '/portal/tickets', area: 'portal', page: () => import('./pages/tickets/PortalTicketsPage'), menu: visitorMenu['/portal/tickets'], icon: <PhoneOutlined />, anonymous: true },
  { path: '/portal/tickets/:id', area: 'portal', page: () => import('./pages/tickets/TicketPage') },
  { path: '/portal/disclosure', area: 'portal', page: () => import('./pages/disclosure/PortalDisclosurePage'), menu: ['信息公开申请', 'Information requests'], icon: <FileTextOutlined /> },
  { path: '/portal/disclosure/:id', area: 'portal', page: () => import('./pages/disclosure/DisclosurePage') },
  { path: '/portal/guide-feedback', area: 'portal', page: () => import('./pages/guidance/GuideFeedbackPage') },
  { path: '/portal/authorisations', area: 'portal', page: () => import('./pages/portal/AuthorisationsPage'), menu: ['授权代办', 'Authorised agents'], icon: <TeamOutlined /> },
  { path: '/portal/business/handlers', area: 'portal', page: () => import('./pages/portal/BusinessHandlersPage'), menu: ['经办人授权', 'Authorised staff'], icon: <TeamOutlined />, kinds: ['business'] },
  { path: '/portal/bills', area: 'portal', page: () => import('./pages/fees/MyBillsPage'), menu: ['我的缴费', 'My fees'], icon: <PayCircleOutlined /> },
  { path: '/portal/projects', area: 'portal', page: () => import('./pages/projects/ProjectsPage'), menu: ['工程建设项目', 'Construction projects'], icon: <BuildOutlined />, kinds: ['business'] },
  { path: '/portal/projects/:id', area: 'portal', page: () => import('./pages/projects/ProjectPage') },
  { path: '/portal/projects/:id/stages/:stage/apply', area: 'portal', page: () => import('./pages/projects/StageApplyPage'), kinds: ['business'] },
  { path: '/portal/hall', area: 'portal', page: () => import('./pages/hall/MyAppointmentsPage'), menu: ['我的预约', 'My appointments'], icon: <CalendarOutlined /> },
  { path: '/portal/hall/book', area: 'portal', page: () => import('./pages/hall/BookingPage') },
  { path: '/portal/messages', area: 'portal', page: () => import('./pages/MessagesPage'), menu: ['我的消息', 'Messages'], icon: <BellOutlined /> },

  // window workbench (clerks)
  { path: '/window', area: 'window', page: () => import('./pages/StaffHome'), menu: ['工作台', 'Workbench'], icon: <AppstoreOutlined /> },
  { path: '/window/queue', area: 'window', page: () => import('./pages/window/QueuePage'), menu: ['办件队列', 'Queue'], icon: <UnorderedListOutlined /> },
  { path: '/window/intake', area: 'window', page: () => import('./pages/window/CounterIntakePage'), menu: ['窗口收件', 'File at the counter'], icon: <FileTextOutlined /> },
  { path: '/window/applications/:id', area: 'window', page: () => import('./pages/window/WindowApplicationPage') },
  { path: '/window/applications/:id/receipt', area: 'window', page: () => import('./pages/window/ReceiptPage') },
  { path: '/window/tickets', area: 'window', page: () => import('./pages/tickets/DeskPage'), menu: ['12345 工单', '12345 tickets'], icon: <PhoneOutlined /> },
  { path: '/window/tickets/:id', area: 'window', page: () => import('./pages/tickets/TicketPage') },
  { path: '/window/knowledge', area: 'window', page: () => import('./pages/tickets/KnowledgePage'), menu: ['12345 知识库', 'Knowledge base'], icon: <ReadOutlined /> },
  { path: '/window/disclosure', area: 'window', page: () => import('./pages/disclosure/DisclosureListPage'), menu: ['依申请公开', 'Disclosure requests'], icon: <FileTextOutlined /> },
  { path: '/window/disclosure/:id', area: 'window', page: () => import('./pages/disclosure/DisclosurePage') },
  { path: '/window/bills', area: 'window', page: () => import('./pages/fees/CounterBillsPage'), menu: ['窗口缴费', 'Counter payment'], icon: <PayCircleOutlined /> },
  { path: '/window/projects', area: 'window', page: () => import('./pages/projects/ProjectsPage'), menu: ['工程建设项目', 'Construction projects'], icon: <BuildOutlined /> },
  { path: '/window/projects/:id', area: 'window', page: () => import('./pages/projects/ProjectPage') },
  { path: '/window/hall/check-in', area: 'window', page: () => import('./pages/hall/CheckInPage'), menu: ['签到取号', 'Check-in'], icon: <IdcardOutlined /> },
  { path: '/window/hall/calling', area: 'window', page: () => import('./pages/hall/CallingPage'), menu: ['叫号', 'Calling'], icon: <SoundOutlined /> },
  { path: '/window/messages', area: 'window', page: () => import('./pages/MessagesPage'), menu: ['我的消息', 'Messages'], icon: <BellOutlined /> },

  // reviewer inbox
  { path: '/review', area: 'review', page: () => import('./pages/StaffHome'), menu: ['工作台', 'Workbench'], icon: <AuditOutlined /> },
  { path: '/review/inbox', area: 'review', page: () => import('./pages/review/InboxPage'), menu: ['待办事项', 'Inbox'], icon: <InboxOutlined /> },
  { path: '/review/cases/:id', area: 'review', page: () => import('./pages/review/CasePage') },
  { path: '/review/licences/:id', area: 'review', page: () => import('./pages/portal/LicencePage') },
  { path: '/review/watch', area: 'review', page: () => import('./pages/supervision/WatchPage'), menu: ['红黄牌清单', 'Red and yellow lists'], icon: <AlertOutlined />, roles: ['head'] },
  { path: '/review/rectifications', area: 'review', page: () => import('./pages/review/RectificationsPage'), menu: ['差评整改', 'Rectifications'], icon: <AlertOutlined /> },
  { path: '/review/tickets', area: 'review', page: () => import('./pages/tickets/DepartmentTicketsPage'), menu: ['12345 工单', '12345 tickets'], icon: <PhoneOutlined /> },
  { path: '/review/tickets/:id', area: 'review', page: () => import('./pages/tickets/TicketPage') },
  { path: '/review/disclosure', area: 'review', page: () => import('./pages/disclosure/DisclosureListPage'), menu: ['依申请公开', 'Disclosure requests'], icon: <FileTextOutlined /> },
  { path: '/review/disclosure/:id', area: 'review', page: () => import('./pages/disclosure/DisclosurePage') },
  { path: '/review/projects', area: 'review', page: () => import('./pages/projects/ProjectsPage'), menu: ['工程建设项目', 'Construction projects'], icon: <BuildOutlined /> },
  { path: '/review/projects/:id', area: 'review', page: () => import('./pages/projects/ProjectPage') },
  { path: '/review/guide-feedback', area: 'review', page: () => import('./pages/guidance/GuideFeedbackPage'), menu: ['指南纠错', 'Guide feedback'], icon: <FlagOutlined /> },
  { path: '/review/messages', area: 'review', page: () => import('./pages/MessagesPage'), menu: ['我的消息', 'Messages'], icon: <BellOutlined /> },

  // supervision
  { path: '/supervision', area: 'supervision', page: () => import('./pages/supervision/DashboardPage'), menu: ['监管看板', 'Dashboard'], icon: <DashboardOutlined /> },
  { path: '/supervision/watch', area: 'supervision', page: () => import('./pages/supervision/WatchPage'), menu: ['红黄牌清单', 'Red and yellow lists'], icon: <AlertOutlined /> },
  { path: '/supervision/inspections', area: 'supervision', page: () => import('./pages/inspections/PlansPage'), menu: ['双随机抽查', 'Random inspections'], icon: <FileSearchOutlined /> },
  { path: '/supervision/reconciliation', area: 'supervision', page: () => import('./pages/fees/ReconciliationPage'), menu: ['缴费对账', 'Payment reconciliation'], icon: <PayCircleOutlined /> },
  { path: '/supervision/catalog', area: 'supervision', page: () => import('./pages/supervision/CatalogAdminPage'), menu: ['事项目录', 'Catalog'], icon: <ReadOutlined /> },
  { path: '/supervision/catalog/items/:code', area: 'supervision', page: () => import('./pages/supervision/CatalogVersionsPage') },
  { path: '/supervision/catalog/bundles/:code', area: 'supervision', page: () => import('./pages/supervision/CatalogVersionsPage') },
  { path: '/supervision/hall', area: 'supervision', page: () => import('./pages/hall/HallSettingsPage'), menu: ['大厅设置', 'Hall settings'], icon: <CalendarOutlined /> },
  { path: '/supervision/powers', area: 'supervision', page: () => import('./pages/supervision/PowersAdminPage'), menu: ['赋权与精简', 'Delegation and streamlining'], icon: <ApartmentOutlined />, roles: ['supervisor'] },
  { path: '/supervision/appeals', area: 'supervision', page: () => import('./pages/supervision/AppealsPage'), menu: ['申诉复核', 'Rating appeals'], icon: <CheckSquareOutlined /> },
  { path: '/supervision/exceptions', area: 'supervision', page: () => import('./pages/supervision/ExceptionsPage'), menu: ['清单外例外审批', 'Guide exceptions'], icon: <CheckSquareOutlined /> },
  { path: '/supervision/disclosure', area: 'supervision', page: () => import('./pages/disclosure/DisclosureListPage'), menu: ['依申请公开台账', 'Disclosure register'], icon: <FileTextOutlined /> },
  { path: '/supervision/disclosure/:id', area: 'supervision', page: () => import('./pages/disclosure/DisclosurePage') },
  { path: '/supervision/projects', area: 'supervision', page: () => import('./pages/projects/ProjectsPage'), menu: ['工程建设项目', 'Construction projects'], icon: <BuildOutlined />, roles: ['supervisor'] },
  { path: '/supervision/zones', area: 'supervision', page: () => import('./pages/supervision/ZonesPage'), menu: ['园区与区域评估', 'Zones'], icon: <BuildOutlined />, roles: ['supervisor'] },
  { path: '/supervision/projects/:id', area: 'supervision', page: () => import('./pages/projects/ProjectPage'), roles: ['supervisor'] },
  { path: '/supervision/guide-feedback', area: 'supervision', page: () => import('./pages/guidance/GuideFeedbackPage'), menu: ['指南纠错', 'Guide feedback'], icon: <FlagOutlined /> },
  { path: '/supervision/staff', area: 'supervision', page: () => import('./pages/admin/StaffAdminPage'), menu: ['工作人员账号', 'Staff accounts'], icon: <TeamOutlined />, roles: ['admin'] },
  { path: '/supervision/departments', area: 'supervision', page: () => import('./pages/admin/DepartmentsAdminPage'), menu: ['部门与窗口', 'Departments and windows'], icon: <ApartmentOutlined />, roles: ['admin'] },
  { path: '/supervision/development-messages', area: 'supervision', page: () => import('./pages/admin/DevelopmentMessagesPage'), menu: ['开发短信通道', 'Development text messages'], icon: <BellOutlined />, roles: ['admin'] },
  { path: '/supervision/messages', area: 'supervision', page: () => import('./pages/MessagesPage'), menu: ['我的消息', 'Messages'], icon: <BellOutlined /> },

  // inspector
  { path: '/inspector', area: 'inspector', page: () => import('./pages/StaffHome'), menu: ['工作台', 'Workbench'], icon: <FileSearchOutlined /> },
  { path: '/inspector/tasks', area: 'inspector', page: () => import('./pages/inspections/TasksPage'), menu: ['检查任务', 'Inspection tasks'], icon: <FileSearchOutlined /> },
  { path: '/inspector/messages', area: 'inspector', page: () => import('./pages/MessagesPage'), menu: ['我的消息', 'Messages'], icon: <BellOutlined /> },

  // public pages (no sign-in)
  { path: '/public/verify', area: 'public', page: () => import('./pages/public/VerifyPage'), menu: ['证照核验', 'Verify a licence'], icon: <SafetyCertificateOutlined /> },
  { path: '/public/inspections', area: 'public', page: () => import('./pages/inspections/PublicPlansPage'), menu: ['抽查结果公示', 'Inspection results'], anonymous: true },
  { path: '/public/inspections/:id', area: 'public', page: () => import('./pages/inspections/PublicPlanPage'), anonymous: true },
  { path: '/public/disclosure', area: 'public', page: () => import('./pages/disclosure/PublicRegisterPage'), menu: ['依申请公开情况', 'Disclosure on request'], icon: <FileTextOutlined /> },
  { path: '/public/powers', area: 'public', page: () => import('./pages/public/PowersPage'), menu: ['权责清单', 'Power lists'], icon: <ApartmentOutlined /> },
  { path: '/public/ratings', area: 'public', page: () => import('./pages/public/PublicStatsPage'), menu: ['好差评公开', 'Published ratings'], icon: <LikeOutlined /> },
];
