// Generated from the OpenAPI document by `npm run build:api` (scripts/build-api.ts). Do not edit.
export interface paths {
    "/.well-known/banshi-audit-keys.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志签名公钥（SM2） */
        get: operations["getWellKnownBanshiAuditKeysJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/banshi-keys.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发证机关签名公钥（SM2） */
        get: operations["getWellKnownBanshiKeysJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门（本行政区划及下级），含在岗审核人员和负责人数 */
        get: operations["getAdminDepartments"];
        put?: never;
        /** 新增部门 */
        post: operations["postAdminDepartments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门及其变更记录 */
        get: operations["getAdminDepartmentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改部门名称、简称、信用代码或发文代字 */
        patch: operations["patchAdminDepartmentsById"];
        trace?: never;
    };
    "/api/v1/admin/development-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 开发短信通道：最近发出的验证码短信（仅系统管理员可见；接入短信服务商后为空） */
        get: operations["getAdminDevelopmentMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作人员账号（本行政区划及下级） */
        get: operations["getAdminStaff"];
        put?: never;
        /** 新建工作人员账号 */
        post: operations["postAdminStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作人员账号及其变更记录 */
        get: operations["getAdminStaffById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改姓名、角色、部门或窗口 */
        patch: operations["patchAdminStaffById"];
        trace?: never;
    };
    "/api/v1/admin/staff/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用账号：立即下线，在办件移交同事或部门待办 */
        post: operations["postAdminStaffByIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/staff/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复已停用的账号 */
        post: operations["postAdminStaffByIdEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/staff/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码（原会话全部结束） */
        post: operations["postAdminStaffByIdResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/staff/{id}/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 强制下线（结束全部会话） */
        post: operations["postAdminStaffByIdSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 窗口（本行政区划及下级） */
        get: operations["getAdminWindows"];
        put?: never;
        /** 新增窗口 */
        post: operations["postAdminWindows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/windows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改或关闭窗口 */
        patch: operations["patchAdminWindowsById"];
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件列表：申请人看自己的；窗口看待处理的 */
        get: operations["getApplications"];
        put?: never;
        /**
         * 提交申请（或保存草稿）。提交须带 Idempotency-Key 请求头：重试返回同一办件
         * @description “一件事”申请须带问卷回答（answers）：服务端按回答和申请人持有的证照重新确定应办事项，itemCodes 与之不一致的返回 422 ITEMS_DO_NOT_MATCH_ANSWERS（列出应办、多选、漏选的事项），不会自行增减；草稿在提交时检查。
         */
        post: operations["postApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件详情 */
        get: operations["getApplicationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理 / 容缺受理（pending 列出欠缺材料及期限）；异地代收须确认身份与形式审查 */
        post: operations["postApplicationsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/acceptance-notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 受理通知书（PDF） */
        get: operations["getApplicationsByIdAcceptanceNoticePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载办件附件 */
        get: operations["getApplicationsByIdAttachmentsByAttachmentIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/audit-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 办件历史的包含证明（可离线用 banshi audit check-proof 对照公开的签名树根核对）
         * @description 与办件详情同一访问规则：看不到办件的返回 404。证明含记录原文，只给能看到完整个人信息的人（申请人、代办人、窗口及办理部门审核人），其他可查看者返回 403；记录尚未封存时返回 409。
         */
        get: operations["getApplicationsByIdAuditProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/correction-notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次性补正告知书（PDF） */
        get: operations["getApplicationsByIdCorrectionNoticePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交补正材料（一次补齐） */
        post: operations["postApplicationsByIdCorrections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 出件（窗口或邮寄；统一出件或逐项出件） */
        post: operations["postApplicationsByIdDeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/documents/{documentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载办件文书（PDF） */
        get: operations["getApplicationsByIdDocumentsByDocumentIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/guide-exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请清单外例外（须监管人员批准，按部门计数） */
        post: operations["postApplicationsByIdGuideExceptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 材料核验：办事指南所列每份材料的提供情况（上传、免提交、容缺、未提供） */
        get: operations["getApplicationsByIdMaterials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/pending-materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 补交容缺材料 */
        post: operations["postApplicationsByIdPendingMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/pending-materials/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验补交的容缺材料：通过则补齐（暂缓核发的证照随即核发）；不通过须说明问题，申请人在原期限内重新补交 */
        post: operations["postApplicationsByIdPendingMaterialsCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/pickup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 选择结果领取方式（出件前可更改） */
        put: operations["putApplicationsByIdPickup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件进度（申请人视角：按事项、用平常话说明，不含系统内部步骤） */
        get: operations["getApplicationsByIdProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/refusal-notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 不予受理通知书（PDF：理由、法律依据、行政复议和行政诉讼的期限与机关） */
        get: operations["getApplicationsByIdRefusalNoticePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予受理（理由、法律依据、所涉指南内容） */
        post: operations["postApplicationsByIdRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/request-correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 一次性补正告知（只能引用办事指南所列材料和条件，或已批准的例外） */
        post: operations["postApplicationsByIdRequestCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/site-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 现场核查及各部门核查结果（工作人员） */
        get: operations["getApplicationsByIdSiteChecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交草稿 */
        post: operations["postApplicationsByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件时间线（审计链） */
        get: operations["getApplicationsByIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回申请（受理前：草稿、待受理、待补正） */
        post: operations["postApplicationsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取短信验证码（注册、验证码登录、找回密码）
         * @description 无论该号码是否已注册，回答都相同；验证码 5 分钟内有效、只能使用一次，输错 5 次作废。按客户端地址和手机号各自限流。
         */
        post: operations["postAuthCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/demo-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 演示账号（仅演示数据库，生产模式不提供） */
        get: operations["getAuthDemoAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 验证码登录 */
        post: operations["postAuthLoginCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证是否可用（登录页的按钮） */
        get: operations["getAuthOidc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证登录：平台回调 */
        get: operations["getAuthOidcCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证登录：转到省统一身份认证平台 */
        get: operations["getAuthOidcStart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用短信验证码重置密码（原有登录全部退出） */
        post: operations["postAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 手机号注册（个人或企业），注册后即登录 */
        post: operations["postAuthSignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 帮代办授权：我给出的和我收到的 */
        get: operations["getAuthorisations"];
        put?: never;
        /** 授权他人代办：帮代办员或已注册的个人，指定事项或“一件事”和期限 */
        post: operations["postAuthorisations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorisations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销授权（此前已提交的办件不受影响） */
        post: operations["postAuthorisationsByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorisations/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 他人代我提交的全部办件 */
        get: operations["getAuthorisationsFilings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 缴费通知：申请人本人的；窗口人员和监管人员看本区划的 */
        get: operations["getBills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 缴费通知详情 */
        get: operations["getBillsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/{id}/counter-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 窗口缴费：现金或 POS 收款后登记（本区划窗口人员） */
        post: operations["postBillsByIdCounterPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 网上缴费：在统一公共支付平台下单，返回支付页与二维码（申请人本人） */
        post: operations["postBillsByIdPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/{id}/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载非税收入电子票据（PDF） */
        get: operations["getBillsByIdReceiptPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business/handlers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本企业的经办人授权（法定代表人） */
        get: operations["getBusinessHandlers"];
        put?: never;
        /** 授权经办人 */
        post: operations["postBusinessHandlers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business/handlers/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销经办人授权 */
        post: operations["postBusinessHandlersByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business/handlers/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 经办人授权变更记录 */
        get: operations["getBusinessHandlersHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business/handling-for": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人可代为办理的企业（有效的经办人授权） */
        get: operations["getBusinessHandlingFor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/between": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 两日期之间的工作日数（不含起日，含止日） */
        get: operations["getCalendarBetween"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日历变更记录（版本） */
        get: operations["getCalendarChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已有日历的年度与缺失提醒 */
        get: operations["getCalendarCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 逐日工作日历 */
        get: operations["getCalendarDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 计算办理期限的到期日 */
        get: operations["getCalendarDue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入年度节假日安排（.json / .ics / .xlsx） */
        post: operations["postCalendarImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/regional-days-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地区增设的休息日 */
        get: operations["getCalendarRegionalDaysOff"];
        put?: never;
        /** 增设地区休息日 */
        post: operations["postCalendarRegionalDaysOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/regional-days-off/{regionCode}/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消地区休息日 */
        delete: operations["deleteCalendarRegionalDaysOffByRegionCodeByDate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本部门待办（审核人员收件箱） */
        get: operations["getCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项办件详情 */
        get: operations["getCasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 决定：准予或不予许可（须说明理由） */
        post: operations["postCasesByIdDecide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 延期（部门负责人批准） */
        post: operations["postCasesByIdExtend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/request-more": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核补正告知（一次性；只能引用办事指南；暂停计时） */
        post: operations["postCasesByIdRequestMore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始审核 */
        post: operations["postCasesByIdReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/special-procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启动特别程序（听证、检验检测、专家评审等；暂停计时；承办人或部门负责人） */
        post: operations["postCasesByIdSpecialProcedures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/special-procedures/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束特别程序（登记结果；恢复计时） */
        post: operations["postCasesByIdSpecialProceduresEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/supply-more": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请人提交审核补正材料（恢复计时） */
        post: operations["postCasesByIdSupplyMore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/abolished-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已取消的证明事项及替代方式 */
        get: operations["getCatalogAbolishedCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/abolished-certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记已取消的证明事项（仍被已发布指南要求时拒绝） */
        put: operations["putCatalogAbolishedCertificatesByCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/bundle-versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一件事的某一版本 */
        get: operations["getCatalogBundleVersionsById"];
        /** 修改一件事草稿 */
        put: operations["putCatalogBundleVersionsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/bundle-versions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布一件事草稿（可附理由） */
        post: operations["postCatalogBundleVersionsByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布的一件事 */
        get: operations["getCatalogBundles"];
        put?: never;
        /** 新建一件事（草稿） */
        post: operations["postCatalogBundles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/bundles/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一件事详情（当前发布版本） */
        get: operations["getCatalogBundlesByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/bundles/{code}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为一件事新建草稿版本 */
        post: operations["postCatalogBundlesByCodeDrafts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/bundles/{code}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一件事的发布、废止记录（审计日志） */
        get: operations["getCatalogBundlesByCodeHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/bundles/{code}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 废止一件事：须选择取消或合并（并入另一件事）并写明依据，计入年度事项精简报告 */
        post: operations["postCatalogBundlesByCodeRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/bundles/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一件事的全部版本 */
        get: operations["getCatalogBundlesByCodeVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/data-elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据元 */
        get: operations["getCatalogDataElements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/data-elements/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 新增或修改数据元 */
        put: operations["putCatalogDataElementsByCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出已发布的事项目录 */
        get: operations["getCatalogExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入事项目录（.xlsx 或 .json 文件，multipart 字段 file；全部成功或全部不导入） */
        post: operations["postCatalogImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 目录导入记录（审计日志） */
        get: operations["getCatalogImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/item-versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项的某一版本（办件所依据的版本） */
        get: operations["getCatalogItemVersionsById"];
        /** 修改草稿（已发布版本不可修改） */
        put: operations["putCatalogItemVersionsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/item-versions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布草稿（可附理由，记入审计日志；可定生效日期，到期自动生效） */
        post: operations["postCatalogItemVersionsByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布事项列表 */
        get: operations["getCatalogItems"];
        put?: never;
        /** 新建事项（草稿） */
        post: operations["postCatalogItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项办事指南（当前发布版本） */
        get: operations["getCatalogItemsByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为已有事项新建草稿版本（不带内容时复制当前发布版本） */
        post: operations["postCatalogItemsByCodeDrafts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}/english": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 新增或修改事项的英文版本（名称、简介、办理条件），记入审计日志 */
        put: operations["putCatalogItemsByCodeEnglish"];
        post?: never;
        /** 删除事项的英文版本（门户改为提示无英文版本），记入审计日志 */
        delete: operations["deleteCatalogItemsByCodeEnglish"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项的发布、废止记录（审计日志） */
        get: operations["getCatalogItemsByCodeHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 废止事项：须选择精简方式（取消、下放、合并、改备案、委托）并写明依据，计入年度事项精简报告 */
        post: operations["postCatalogItemsByCodeRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项的全部版本 */
        get: operations["getCatalogItemsByCodeVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/popular": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 高频事项：申请最多的事项和一件事（按实际办件数） */
        get: operations["getCatalogPopular"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 搜索已发布的事项和一件事（名称、关键词、部门，支持两字词如“食品”“户口”） */
        get: operations["getCatalogSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/statistics/authorised-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各部门事项授权到位率（窗口授权到位且在平台内审批决定的事项占比） */
        get: operations["getCatalogStatisticsAuthorisedShare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/synonyms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 搜索同义词（群众常用说法 → 目录名称） */
        get: operations["getCatalogSynonyms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/synonyms/{term}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 新增或修改搜索同义词，记入审计日志 */
        put: operations["putCatalogSynonymsByTerm"];
        post?: never;
        /** 删除搜索同义词，记入审计日志 */
        delete: operations["deleteCatalogSynonymsByTerm"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitment-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 告知承诺事后核查任务（本部门） */
        get: operations["getCommitmentChecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitment-checks/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 完成告知承诺核查 */
        post: operations["postCommitmentChecksByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-flag-appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待处理的失信申诉 */
        get: operations["getCreditFlagAppeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-flag-appeals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对失信申诉作出决定 */
        post: operations["postCreditFlagAppealsByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 失信标记列表（按公民身份号码查询请用 POST /api/v1/credit-flags/search） */
        get: operations["getCreditFlags"];
        put?: never;
        /** 认定失信标记 */
        post: operations["postCreditFlags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-flags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 失信标记详情 */
        get: operations["getCreditFlagsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-flags/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对失信标记提出申诉 */
        post: operations["postCreditFlagsByIdAppeals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-flags/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本企业（本人）的失信标记 */
        get: operations["getCreditFlagsMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-flags/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查询失信标记（按统一社会信用代码或公民身份号码，号码放在请求体中） */
        post: operations["postCreditFlagsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 赋权事项（含使用次数与回头看） */
        get: operations["getDelegations"];
        put?: never;
        /** 赋权：把事项赋予开发区管委会或乡镇（街道）（直接赋权、委托行使、服务前移、审批直报） */
        post: operations["postDelegations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回头看：记录赋权事项的评估结论（继续、调整、收回） */
        post: operations["postDelegationsByIdReviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 收回赋权（已申请的办件仍由承接单位办结） */
        post: operations["postDelegationsByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations/review-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 赋权事项回头看报告：状态、方式、使用次数、到期未评估与无人申请的事项 */
        get: operations["getDelegationsReviewReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 部门列表（公开：名称、简称、统一社会信用代码、所在行政区划）
         * @description 无需登录；不含人员、窗口等内部信息
         */
        get: operations["getDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosure/answer-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 答复类型与不予公开的法律依据 */
        get: operations["getDisclosureAnswerTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosure/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 依申请公开登记台账（工作人员）或我的申请 */
        get: operations["getDisclosureRequests"];
        put?: never;
        /** 提交政府信息公开申请 */
        post: operations["postDisclosureRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosure/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请详情、征求意见记录与答复期限 */
        get: operations["getDisclosureRequestsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosure/requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复申请 */
        post: operations["postDisclosureRequestsByIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosure/requests/{id}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 征求第三方意见（期间不计时） */
        post: operations["postDisclosureRequestsByIdConsultations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosure/requests/{id}/consultations/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记第三方意见，恢复计时 */
        post: operations["postDisclosureRequestsByIdConsultationsClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosure/requests/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 延期答复（仅一次，最长 20 个工作日，告知申请人） */
        post: operations["postDisclosureRequestsByIdExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drawing-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联合审图：各部门意见与合并告知 */
        get: operations["getDrawingReviewsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drawing-reviews/{id}/notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 施工图联合审查意见书（PDF） */
        get: operations["getDrawingReviewsByIdNoticePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drawing-reviews/{id}/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 本部门出具审图意见（每轮一次） */
        post: operations["postDrawingReviewsByIdOpinions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drawing-reviews/{id}/revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按合并意见提交修改后的施工图（只允许一次） */
        post: operations["postDrawingReviewsByIdRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{uscc}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业档案（一企一档） */
        get: operations["getEnterprisesByUscc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本企业档案（一企一档） */
        get: operations["getEnterprisesMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/mine/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本企业办件及提交人 */
        get: operations["getEnterprisesMineApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 错误码目录
         * @description 平台所有错误码、对应的 HTTP 状态和中英文提示语。所有错误应答的形状均为 { code, message, details }。
         */
        get: operations["getErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我上传的文件 */
        get: operations["getFiles"];
        put?: never;
        /** 上传材料文件（PDF、JPEG、PNG、OFD；multipart 字段 file） */
        post: operations["postFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 文件信息 */
        get: operations["getFilesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载文件 */
        get: operations["getFilesByIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guidance/bundles/{code}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 检查问卷回答（下一步要回答的问题和已选中的事项）；附表单内容时按表单最终填写的数值重新确定事项 */
        post: operations["postGuidanceBundlesByCodeCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guidance/bundles/{code}/form-schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一件事合并表单的 JSON Schema（字段名、类型、必填与显示条件）
         * @description 申请（POST /api/v1/applications）的 form 按此填写：数据元字段以数据元代码为名，事项自有字段为 <事项编码>.<字段键>。列出一件事所有事项的全部字段；按问卷回答才出现的字段带 x-visibleIf。
         */
        get: operations["getGuidanceBundlesByCodeFormSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guidance/bundles/{code}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 根据问卷回答生成一次性告知单 */
        post: operations["postGuidanceBundlesByCodeNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guidance/bundles/{code}/questionnaire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一件事的导办问卷 */
        get: operations["getGuidanceBundlesByCodeQuestionnaire"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guidance/forms/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 校验合并表单填写内容 */
        post: operations["postGuidanceFormsCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guidance/forms/merged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 一表申请：合并表单（含预填；与申请人回答不一致的记录并列供选择） */
        post: operations["postGuidanceFormsMerged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guidance/items/{code}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 单个事项的一次性告知单 */
        post: operations["postGuidanceItemsByCodeNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide-exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 清单外例外申请 */
        get: operations["getGuideExceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide-exceptions/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准或驳回清单外例外 */
        post: operations["postGuideExceptionsByIdDecide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide-feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指南纠错列表（申请人看自己的，部门看本部门的，监管看全部） */
        get: operations["getGuideFeedback"];
        put?: never;
        /** 指南纠错：反映办事指南有误或不清楚 */
        post: operations["postGuideFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide-feedback/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条指南纠错 */
        get: operations["getGuideFeedbackById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide-feedback/{id}/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 主管部门处理指南纠错 */
        post: operations["postGuideFeedbackByIdHandle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide-feedback/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项的指南纠错统计 */
        get: operations["getGuideFeedbackStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide-feedback/stats/by-item": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各事项的指南纠错统计（监管看板） */
        get: operations["getGuideFeedbackStatsByItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的预约与今天的排队号 */
        get: operations["getHallAppointments"];
        put?: never;
        /** 网上预约（事项、一件事或办件） */
        post: operations["postHallAppointments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消预约 */
        post: operations["postHallAppointmentsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/appointments/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改约到同一分区的另一时段 */
        post: operations["postHallAppointmentsByIdReschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签到取号：预约码或身份证号；无预约则现场取号（工作人员操作取号机） */
        post: operations["postHallCheckIns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/my/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的排队号实时变化（server-sent events，事件 tickets） */
        get: operations["getHallMyEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预约规则：每人预约上限与失约限制 */
        get: operations["getHallRules"];
        /** 设置预约规则（监管人员） */
        put: operations["putHallRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可预约的日期与时段（工作日，14 天内） */
        get: operations["getHallSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/tickets/{id}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结本次窗口接待，关联所办的办件 */
        post: operations["postHallTicketsByIdFinish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/tickets/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 过号（未到窗口） */
        post: operations["postHallTicketsByIdNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/tickets/{id}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重呼 */
        post: operations["postHallTicketsByIdRecall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/tickets/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转到另一窗口 */
        post: operations["postHallTicketsByIdTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 等候与办理时长（按窗口、按小时） */
        get: operations["getHallTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{id}/call-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 叫下一位 */
        post: operations["postHallWindowsByIdCallNext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{id}/panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 窗口叫号面板：当前号与等候队列 */
        get: operations["getHallWindowsByIdPanel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/zones/{id}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置分区开放时间、预约时段长度与每时段人数（监管人员） */
        put: operations["putHallZonesByIdHours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/implementations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记基本目录事项在本地的实施（审批服务局监管人员） */
        post: operations["postImplementations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/implementations/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各县实施基本目录事项的数量与比例 */
        get: operations["getImplementationsCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/inspectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法人员名录库 */
        get: operations["getInspectionsInspectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/inspectors/{id}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记回避关系（执法人员与企业存在利害关系） */
        post: operations["postInspectionsInspectorsByIdConflicts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 抽查计划列表 */
        get: operations["getInspectionsPlans"];
        put?: never;
        /** 草拟双随机抽查计划 */
        post: operations["postInspectionsPlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 抽查计划详情（含抽取结果与检查进度） */
        get: operations["getInspectionsPlansById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/plans/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 揭示种子并抽取 */
        post: operations["postInspectionsPlansByIdDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/plans/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公布抽查计划（承诺随机种子） */
        post: operations["postInspectionsPlansByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/pool-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 名录库筛选项（乡镇、行业、证照类型、风险等级、部门默认检查事项） */
        get: operations["getInspectionsPoolOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/results/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查结果记录 */
        get: operations["getInspectionsResultsById"];
        put?: never;
        /** 录入检查结果 */
        post: operations["postInspectionsResultsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/results/{id}/rectified": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认整改完成 */
        post: operations["postInspectionsResultsByIdRectified"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查对象名录库 */
        get: operations["getInspectionsSubjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的检查任务 */
        get: operations["getInspectionsTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-acceptances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联合验收：各部门验收意见与意见书 */
        get: operations["getJointAcceptancesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-acceptances/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 出具竣工联合验收意见书（电子证照） */
        post: operations["postJointAcceptancesByIdCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-acceptances/{id}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 竣工联合验收意见书（PDF） */
        get: operations["getJointAcceptancesByIdCertificatePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-acceptances/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 本部门记录现场验收意见 */
        post: operations["postJointAcceptancesByIdFindings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 12345 知识库检索（中文双字切分） */
        get: operations["getKnowledge"];
        put?: never;
        /** 新增知识库条目 */
        post: operations["postKnowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改知识库条目 */
        put: operations["putKnowledgeById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licence-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证照类型 */
        get: operations["getLicenceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证照列表 */
        get: operations["getLicences"];
        put?: never;
        /** 登记平台外已发放的证照（发证部门系统管理员；平台内的证照由准予许可的审批决定自动签发） */
        post: operations["postLicences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证照详情 */
        get: operations["getLicencesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 变更证照（新版本，同一标识） */
        post: operations["postLicencesByIdChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载证照 PDF */
        get: operations["getLicencesByIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证照二维码 */
        get: operations["getLicencesByIdQr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复证照 */
        post: operations["postLicencesByIdReinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 延续证照有效期 */
        post: operations["postLicencesByIdRenew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销证照 */
        post: operations["postLicencesByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证照实时状态 */
        get: operations["getLicencesByIdStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂停证照 */
        post: operations["postLicencesByIdSuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证照使用记录 */
        get: operations["getLicencesByIdUses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的证照 */
        get: operations["getLicencesMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/mine/uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的证照被使用记录 */
        get: operations["getLicencesMineUses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/reusable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可免提交的证照 */
        get: operations["getLicencesReusable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 证照查询（可按公民身份号码） */
        post: operations["postLicencesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验证照二维码（在线） */
        post: operations["postLicencesVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的消息 */
        get: operations["getMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记已读 */
        post: operations["postMessagesByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次性告知单（JSON） */
        get: operations["getNoticesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次性告知单（可打印网页） */
        get: operations["getNoticesByIdHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次性告知单（PDF） */
        get: operations["getNoticesByIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 支付结果异步通知（统一公共支付平台调用，须有平台的 SM2 签名） */
        post: operations["postPaymentsNotify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 对账结果：本平台记录与支付平台日对账单的差异（监管人员） */
        get: operations["getPaymentsReconciliations"];
        put?: never;
        /** 发起对账（默认对前一日；由后台任务取支付平台对账单比对） */
        post: operations["postPaymentsReconciliations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 支付后返回本站：未收到通知时向支付平台查询，再转到缴费页面 */
        get: operations["getPaymentsReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/powers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 在部门权责清单中增加权力事项（审批服务局监管人员） */
        post: operations["postPowers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的工程建设项目（建设单位）或本区划的项目（工作人员） */
        get: operations["getProjects"];
        put?: never;
        /** 登记工程建设项目（赋投资项目代码） */
        post: operations["postProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目详情：各阶段进度、用时与承诺时限 */
        get: operations["getProjectsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/drawing-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交施工图联合审查（各部门同一轮审查） */
        post: operations["postProjectsByIdDrawingReviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/joint-acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 安排竣工联合验收（一次现场验收，各部门同时参加） */
        post: operations["postProjectsByIdJointAcceptance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/stages/{stage}/filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申报一个审批阶段（上一阶段出件后才能申报）。须带 Idempotency-Key 请求头：重试返回同一办件（200，内容相同） */
        post: operations["postProjectsByIdStagesByStageFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/stages/{stage}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申报本阶段：生成本阶段事项的一次性告知单（本阶段尚不能申报时说明原因） */
        post: operations["postProjectsByIdStagesByStageNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/applications/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办件进度查询（无需登录）：办件号加申请人身份证号码、统一社会信用代码或手机号码的后四位
         * @description 只返回进度（事项、状态、办结期限、办理步骤），申请人姓名脱敏；办件号或后四位不符一律返回 404，不提示哪一项不符。按来源地址限制频率。
         */
        post: operations["postPublicApplicationsProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/audit/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 两个签名树根之间的一致性证明（RFC 6962） */
        get: operations["getPublicAuditConsistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/audit/heads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志签名树根（新在前，分页） */
        get: operations["getPublicAuditHeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/audit/heads/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出全部签名树根及公钥（供留存、日后核对） */
        get: operations["getPublicAuditHeadsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/credit-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示：企业当前的失信标记 */
        get: operations["getPublicCreditFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 赋权事项清单（公开）：赋予开发区、乡镇的事项，方式、依据、范围与期限 */
        get: operations["getPublicDelegations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/disclosure/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 依申请公开情况公示（按机关汇总，不含申请人信息） */
        get: operations["getPublicDisclosureRegister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 收费目录清单（公示）：收费项目、依据、标准与减免 */
        get: operations["getPublicFees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/hall/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 叫号屏：最近的叫号与各分区等候人数（不含个人信息） */
        get: operations["getPublicHallScreen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/hall/screen/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 叫号屏实时推送（server-sent events，事件 screen） */
        get: operations["getPublicHallScreenEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/hall/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 大厅窗口分区、开放时间与窗口 */
        get: operations["getPublicHallZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/implementations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实施清单（公开）：基本目录事项在各地的实施主体、窗口、收费、时限与授权 */
        get: operations["getPublicImplementations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/inspection-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示：双随机抽查计划 */
        get: operations["getPublicInspectionPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/inspection-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示：抽查计划、抽取名单与检查结果 */
        get: operations["getPublicInspectionPlansById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/inspection-plans/{id}/draw.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示：按公布的计划与种子重新计算的抽取结果 */
        get: operations["getPublicInspectionPlansByIdDrawJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/inspection-plans/{id}/plan.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示：抽查计划文件（复核抽取的输入） */
        get: operations["getPublicInspectionPlansByIdPlanJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/inspection-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示：双随机抽查结果 */
        get: operations["getPublicInspectionResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/inspections/redraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复核：用计划文件和种子重新抽取（任何人可用） */
        post: operations["postPublicInspectionsRedraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/intermediaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 中介服务事项清单（公开）：事项所需的中介服务、收费与时限 */
        get: operations["getPublicIntermediaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/items/{code}/power": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项对应的权力事项与生效中的赋权（办事指南链接到权责清单） */
        get: operations["getPublicItemsByCodePower"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/powers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 权责清单（公开）：区划内各部门的权力事项、责任事项与设定依据 */
        get: operations["getPublicPowers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/ratings/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 好差评统计公开（按部门或事项，按月或季度） */
        get: operations["getPublicRatingsStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/site": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网站标识（主办单位、网站标识码、备案号） */
        get: operations["getPublicSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tickets/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 12345 工单进度查询（无需登录）：工单号加登记时留的电话号码
         * @description 只返回进度（类型、状态、办理期限、步骤），不返回诉求内容、答复和姓名；工单号或电话不符一律返回 404。按来源地址限制频率。
         */
        post: operations["postPublicTicketsProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 园区及其区域评估成果（公开） */
        get: operations["getPublicZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价列表（部门、监管） */
        get: operations["getRatings"];
        put?: never;
        /** 提交评价（一事一评 / 一次一评） */
        post: operations["postRatings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 在规定时间内修改评价 */
        patch: operations["patchRatingsById"];
        trace?: never;
    };
    "/api/v1/ratings/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 部门申诉复核（误评、恶意差评） */
        post: operations["postRatingsByIdAppeals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申诉列表 */
        get: operations["getRatingsAppeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/appeals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 监管复核申诉 */
        post: operations["postRatingsAppealsByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/handlings/by-code/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按评价码查询待评价的窗口办事 */
        get: operations["getRatingsHandlingsByCodeByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价等级与各渠道评价指标 */
        get: operations["getRatingsLevels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的评价与整改反馈 */
        get: operations["getRatingsMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 差评整改工作台 */
        get: operations["getRatingsRectifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/rectifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 整改单详情 */
        get: operations["getRatingsRectificationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/rectifications/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 部门反馈核实情况与整改措施 */
        post: operations["postRatingsRectificationsByIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/rectifications/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回访评价人 */
        post: operations["postRatingsRectificationsByIdFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 好差评设置 */
        get: operations["getRatingsSettings"];
        /** 修改好差评设置（修改时限、整改工作日） */
        put: operations["putRatingsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 窗口登记一次办事（一次一评），生成评价码 */
        post: operations["postRatingsVisits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政区划 */
        get: operations["getRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signing-keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 轮换发证机关签名密钥 */
        post: operations["postSigningKeysRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/site-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发起（联合）现场核查：一次上门，多个部门的事项 */
        post: operations["postSiteChecks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/site-checks/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记本部门的核查结果 */
        post: operations["postSiteChecksByIdResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/decided-without-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未经审核步骤即作出决定的办件（两头办理预警） */
        get: operations["getStatisticsDecidedWithoutReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/guide-integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按部门：清单外例外次数、未经审核即作出决定的办件数 */
        get: operations["getStatisticsGuideIntegrity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streamlining": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 事项精简：取消、下放、合并、改备案或委托（取消、合并、改备案同时废止事项；下放、委托须指明承接单位） */
        post: operations["postStreamlining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/streamlining/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度事项精简报告（四减：减事项、减材料、减时限、减环节） */
        get: operations["getStreamliningReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 红黄牌数量（按部门或承办人） */
        get: operations["getSupervisionCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监管看板：红黄牌与效能统计 */
        get: operations["getSupervisionDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 期限清单（红牌、黄牌、暂停、日历缺失） */
        get: operations["getSupervisionDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/deadlines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 期限详情与逐日说明 */
        get: operations["getSupervisionDeadlinesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/deadlines/{id}/urges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 督办：对黄牌、红牌期限发出督办意见，通知承办人并记入期限和审计日志 */
        post: operations["postSupervisionDeadlinesByIdUrges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/settings/yellow-rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 黄牌规则 */
        get: operations["getSupervisionSettingsYellowRule"];
        /** 调整黄牌规则（重新计算在办期限） */
        put: operations["putSupervisionSettingsYellowRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 效能统计（按周、按季度） */
        get: operations["getSupervisionStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/subjects/{kind}/{subjectId}/urges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某一办理对象（子件、工单……）当前期限的督办记录 */
        get: operations["getSupervisionSubjectsByKindBySubjectIdUrges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单列表（话务员全部，部门本部门，群众本人） */
        get: operations["getTickets"];
        put?: never;
        /** 登记 12345 诉求（话务员或群众网上提交），返回知识库推荐答案 */
        post: operations["postTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单详情、办理过程与期限 */
        get: operations["getTicketsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复诉求人 */
        post: operations["postTicketsByIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 工单分类 */
        post: operations["postTicketsByIdClassify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 派单（按分类时限计时） */
        post: operations["postTicketsByIdDispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/duplicate-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 并案：关联同一事项的主工单 */
        post: operations["postTicketsByIdDuplicateOf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 诉求人评价答复 */
        post: operations["postTicketsByIdRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回（须说明理由） */
        post: operations["postTicketsByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可能重复的工单（同一事项） */
        get: operations["getTicketsByIdSimilar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转办（须说明理由） */
        post: operations["postTicketsByIdTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单分类及办理时限 */
        get: operations["getTicketsCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置工单分类的承办部门与办理时限（工作日） */
        put: operations["putTicketsCategoriesByCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记园区（开发区、工业园区） */
        post: operations["postZones"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zones/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 园区关联（或解除）管理机构的行政区划：此后园区内项目的赋权事项在该区划的窗口办理 */
        patch: operations["patchZonesByCode"];
        trace?: never;
    };
    "/api/v1/zones/{code}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录区域评估成果（园区内项目不再单独提交其覆盖的材料） */
        post: operations["postZonesByCodeAssessments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AbolishedCertificate: {
            abolishedOn: string;
            aliases: string[];
            basis: string;
            code: string;
            how: string;
            licenceType: string | null;
            name: string;
            /** @enum {string} */
            replacedBy: "dataCheck" | "commitment" | "licenceReuse";
        };
        AgentAuthorisation: {
            agentKindName: string;
            agentName: string;
            /** @description ISO 8601 时刻 */
            grantedAt: string;
            id: string;
            principalName: string;
            revokedAt: string | null;
            /**
             * @description 我是授权人（principal）还是代办人（agent）
             * @enum {string}
             */
            role: "principal" | "agent";
            /** @description 授权代办的事项和一件事 */
            scope: {
                code: string;
                /** @enum {string} */
                kind: "item" | "bundle";
                name: string;
            }[];
            /** @enum {string} */
            state: "live" | "revoked" | "expired" | "pending";
            stateName: string;
            validFrom: string;
            validUntil: string;
        };
        Application: {
            acceptance: {
                /** @description ISO 8601 时刻 */
                at: string;
                authorities: ({
                    code: string;
                    id: string;
                    name: string;
                    regionCode: string;
                } | null)[];
                authorityRegion: string;
                by: string | null;
                checks: {
                    [key: string]: unknown;
                } | null;
                crossRegion: boolean;
                department: {
                    code: string;
                    id: string;
                    name: string;
                    regionCode: string;
                } | null;
                region: string | null;
            } | null;
            answers: {
                [key: string]: unknown;
            };
            applicant: {
                /** @description 公民身份号码：无权查看完整号码的角色看到 431127********0329 */
                idNumber: string | null;
                /** @enum {string} */
                kind: "citizen" | "business";
                name: string;
                orgName: string | null;
                /** @description 手机号码：无权查看的角色看到 138****5678 */
                phone: string | null;
                uscc: string | null;
                userId: string | null;
            };
            attachments: {
                /** @description ISO 8601 时刻 */
                addedAt: string;
                id: string;
                /** @enum {string} */
                kind: "upload" | "licence";
                licenceId: string | null;
                licenceType: string | null;
                materials: {
                    itemCode: string;
                    materialCode: string;
                }[];
                round: number;
                sha256: string | null;
                uploadId: string | null;
            }[];
            authorisation: ({
                agentId: string;
                letterSha256: string;
                letterUploadId: string;
                /** @description ISO 8601 时刻 */
                recordedAt: string;
                scope: string;
                validUntil: string;
            } | {
                agentId: string;
                authorisationId: string;
                /** @description ISO 8601 时刻 */
                recordedAt: string;
                scope: string;
                validFrom: string;
                validUntil: string;
            }) | null;
            authorityRegion: string;
            bundleCode: string | null;
            bundleVersionId: string | null;
            cases: components["schemas"]["Case"][];
            channel: string;
            /** @description 网上申报、窗口收件 */
            channelName: string;
            concludedAt: string | null;
            correction: {
                /** @description 补正期限（逾期未补正视为撤回） */
                dueOn?: string;
                items: {
                    itemCode: string;
                    /** @enum {string} */
                    kind: "material" | "condition" | "exception";
                    legalBasis: string | null;
                    problem: string;
                    ref: string;
                    title: string;
                }[];
                requestedAt: string;
                requestedBy: string;
                suppliedAt?: string;
            } | null;
            /** @description 窗口收件：录入的窗口人员、窗口、身份核验方式、扫描上传的材料份数 */
            counterIntake: {
                /** @description ISO 8601 时刻 */
                checkedAt: string;
                clerkId: string;
                clerkName: string;
                /** @enum {string} */
                identityCheck: "idCardRead" | "idCardInspected";
                identityCheckName: string;
                presenterName: string;
                scans: number;
                windowName: string | null;
                windowRegion: string;
                windowRegionName: string;
            } | null;
            /** @description ISO 8601 时刻 */
            createdAt: string;
            deliveredAt: string | null;
            delivery: {
                [key: string]: unknown;
            } | null;
            /** @description 办件文书：受理通知书、补正告知书、不予受理通知书、不予许可决定书、准予许可决定书（无证照的事项） */
            documents: {
                caseId: string | null;
                id: string;
                /** @description ISO 8601 时刻 */
                issuedAt: string;
                /** @enum {string} */
                kind: "acceptance" | "correction" | "refusal" | "denial" | "grant" | "revocation";
                number: string;
                title: string;
                url: string;
            }[];
            /** @description 一表申请的填报内容：个人信息按数据元的类别脱敏 */
            form: {
                [key: string]: unknown;
            };
            /** @description 查看者能看到完整个人信息：可下载办件历史的存证证明（GET /applications/{id}/audit-proof） */
            fullView?: boolean;
            id: string;
            number: string;
            outcome: {
                denied: string[];
                granted: string[];
            } | null;
            pending: {
                checkedAt?: string | null;
                deadline: {
                    /** @description 办理人（null：部门待办队列） */
                    assigneeId: string | null;
                    calendarMissing: boolean;
                    colour: ("green" | "yellow" | "red" | "suspended" | "closed") | null;
                    dueOn: string | null;
                    extensionDays: number;
                    /** @description 暂停计时的期间（补正、特别程序等），不计入办理时限 */
                    pauses: {
                        from: string;
                        kind: string;
                        kindName: string;
                        reason: string | null;
                        to: string | null;
                    }[];
                    status: string;
                    statusName: string;
                    suspensions: number;
                    workingDays: number;
                } | null;
                dueDate: string;
                itemCode: string;
                lapsedAt?: string | null;
                materialCode: string;
                name: string;
                receivedAt: string | null;
            }[];
            pickup: {
                address?: string | null;
                /** @enum {string} */
                method: "window" | "post";
                /** @enum {string} */
                mode: "together" | "each";
                phone?: string | null;
                recipient?: string | null;
            };
            refusal: {
                at: string;
                by: string;
                cited: {
                    itemCode: string;
                    /** @enum {string} */
                    kind: "material" | "condition" | "exception";
                    legalBasis: string | null;
                    problem: string;
                    ref: string;
                    title: string;
                }[];
                legalBasis: string;
                reason: string;
            } | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "correction" | "accepted" | "refused" | "concluded" | "delivered" | "withdrawn";
            statusName: string;
            submittedAt: string | null;
            submittedBy: string;
            title: string;
            version: number;
        };
        /** @description 全部签名树根（旧在前）及签名公钥：留存此文件，日后可用 banshi audit verify --heads 或 check-proof 核对。 */
        AuditHeadsExport: {
            /** @constant */
            format: "banshi-audit-heads/v1";
            heads: components["schemas"]["TreeHead"][];
            keys: {
                /** @description 审计公钥标识 */
                keyId: string;
                /** @description SM2 公钥（未压缩点，十六进制，04 开头） */
                publicKey: string;
            }[];
        };
        Bill: {
            applicationId: string;
            applicationNumber: string;
            closeReason: string | null;
            /** @description ISO 8601 instant */
            createdAt: string;
            /** @description 缴费后出件 */
            deliveryAfterPayment: boolean;
            id: string;
            itemCode: string;
            itemName: string;
            lines: {
                amountFen: number;
                amountText: string;
                code: string;
                dueFen: number;
                dueText: string;
                exemption: {
                    basis: string;
                    code: string;
                    name: string;
                } | null;
                legalBasis: string;
                name: string;
                reckoning: string;
            }[];
            /** @description 缴费通知书编号 */
            number: string;
            paidAt: string | null;
            payerName: string;
            /** @enum {string} */
            point: "acceptance" | "decision";
            pointName: string;
            /** @description 非税收入电子票据（已缴费时） */
            receiptId: string | null;
            /** @enum {string} */
            status: "unpaid" | "paid" | "exempt" | "cancelled" | "refunding" | "refunded";
            statusName: string;
            /** @description 应缴金额（分） */
            totalFen: number;
            /** @description 应缴金额，如 80.00 元 */
            totalText: string;
        };
        BundleDetail: {
            /** @enum {string} */
            audience: "citizen" | "enterprise" | "both";
            bundleId: string;
            code: string;
            createdAt: string;
            description: string;
            /** @description 成员事项（当前发布版本） */
            items: components["schemas"]["ItemSummary"][];
            keywords: string[];
            members: {
                condition: components["schemas"]["Condition"] | null;
                dependsOn: {
                    element: string | null;
                    itemCode: string;
                    licenceType: string | null;
                    reason: string;
                }[];
                itemCode: string;
                note: string;
                stage: string | null;
            }[];
            name: string;
            place: string;
            promisedDays: number;
            promisedHours: number | null;
            publishedAt: string | null;
            questions: {
                condition: components["schemas"]["Condition"] | null;
                /** @description 此问题所问的数据元：回答填入表单的同名字段 */
                dataElement: string | null;
                help: string;
                key: string;
                options: {
                    label: string;
                    value: string;
                }[];
                text: string;
                /** @enum {string} */
                type: "yesNo" | "choice" | "number";
                unit: string;
            }[];
            retiredAt: string | null;
            stages: {
                key: string;
                name: string;
                promisedDays: number;
            }[];
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            version: number;
            versionId: string;
        };
        BundleSummary: {
            /** @enum {string} */
            audience: "citizen" | "enterprise" | "both";
            code: string;
            description: string;
            itemCount: number;
            keywords: string[];
            name: string;
            promisedDays: number;
            promisedHours: number | null;
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            version: number;
            versionId: string;
        };
        BundleVersion: {
            /** @enum {string} */
            audience: "citizen" | "enterprise" | "both";
            bundleId: string;
            code: string;
            createdAt: string;
            description: string;
            keywords: string[];
            members: {
                condition: components["schemas"]["Condition"] | null;
                dependsOn: {
                    element: string | null;
                    itemCode: string;
                    licenceType: string | null;
                    reason: string;
                }[];
                itemCode: string;
                note: string;
                stage: string | null;
            }[];
            name: string;
            place: string;
            promisedDays: number;
            promisedHours: number | null;
            publishedAt: string | null;
            questions: {
                condition: components["schemas"]["Condition"] | null;
                /** @description 此问题所问的数据元：回答填入表单的同名字段 */
                dataElement: string | null;
                help: string;
                key: string;
                options: {
                    label: string;
                    value: string;
                }[];
                text: string;
                /** @enum {string} */
                type: "yesNo" | "choice" | "number";
                unit: string;
            }[];
            retiredAt: string | null;
            stages: {
                key: string;
                name: string;
                promisedDays: number;
            }[];
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            version: number;
            versionId: string;
        };
        BusinessApplication: {
            /** @description the business’s name as the application gave it */
            applicantName: string | null;
            cases: {
                decidedAt: string | null;
                departmentId: string;
                itemCode: string;
                itemName: string;
                status: string;
                statusName: string;
            }[];
            channel: string;
            concludedAt: string | null;
            deliveredAt: string | null;
            filedBy: {
                name: string | null;
                /** @description 法定代表人, 经办人, 综合窗口, 帮代办员 or 申请人 */
                role: string;
            };
            id: string;
            number: string;
            status: string;
            statusName: string;
            submittedAt: string | null;
            title: string;
        };
        CalendarDay: {
            date: string;
            /** @description false：该年尚无节假日安排，仅按法定节假日与周末推算 */
            known: boolean;
            /** @description 节假日、调休或地区休息日的名称 */
            name?: string;
            /** @enum {string} */
            reason: "weekday" | "weekend" | "holiday" | "make-up" | "regional" | "unknown-year";
            working: boolean;
        };
        Case: {
            applicationId: string;
            authorisedToWindow: boolean;
            commitment: {
                [key: string]: unknown;
            } | null;
            deadline: {
                /** @description 办理人（null：部门待办队列） */
                assigneeId: string | null;
                calendarMissing: boolean;
                colour: ("green" | "yellow" | "red" | "suspended" | "closed") | null;
                dueOn: string | null;
                extensionDays: number;
                /** @description 暂停计时的期间（补正、特别程序等），不计入办理时限 */
                pauses: {
                    from: string;
                    kind: string;
                    kindName: string;
                    reason: string | null;
                    to: string | null;
                }[];
                status: string;
                statusName: string;
                suspensions: number;
                workingDays: number;
            } | null;
            decidedOnPlatform: boolean;
            decision: {
                /** @description ISO 8601 时刻 */
                at: string;
                by: string | null;
                byRule: {
                    [key: string]: unknown;
                } | null;
                reasons: string | null;
                /** @enum {string} */
                result: "approved" | "denied";
                withoutReview: boolean;
            } | null;
            deliveredAt: string | null;
            department: {
                code: string;
                id: string;
                name: string;
                regionCode: string;
            } | null;
            dependsOn: string[];
            id: string;
            immediate: boolean;
            itemCode: string;
            itemName: string;
            itemVersionId: string;
            licenceId: string | null;
            /** @enum {string} */
            mode: "standard" | "commitment" | "auto";
            moreRequest: {
                items: {
                    itemCode: string;
                    /** @enum {string} */
                    kind: "material" | "condition" | "exception";
                    legalBasis: string | null;
                    problem: string;
                    ref: string;
                    title: string;
                }[];
                requestedAt: string;
                requestedBy: string;
            } | null;
            promisedDays: number;
            reviewedAt: string | null;
            siteCheckId: string | null;
            /** @description 特别程序（听证、检验检测、专家评审等）：期间不计入办理时限 */
            specialProcedures: {
                endedAt: string | null;
                id: string;
                kind: string;
                kindName: string;
                outcome: string | null;
                plannedEnd: string | null;
                reason: string;
                /** @description ISO 8601 时刻 */
                startedAt: string;
            }[];
            startedAt: string | null;
            /** @enum {string} */
            status: "pending" | "blocked" | "accepted" | "reviewing" | "siteCheck" | "correction" | "approved" | "denied" | "cancelled";
            statusName: string;
            version: number;
        };
        CatalogueFee: {
            code: string;
            /** @description 执收单位 */
            collector: string;
            departmentCode: string;
            /** @description 减免情形及其依据 */
            exemptions: {
                basis: string;
                code: string;
                name: string;
            }[];
            /** @description 收费依据 */
            legalBasis: string;
            name: string;
            /** @description 收费标准（文字） */
            rule: string;
        };
        /** @description 条件：对问卷回答（q）、表单字段（field）或持有的证照（licence）的比较，可用 all / any / not 组合 */
        Condition: {
            eq?: string | number | boolean;
            exists?: boolean;
            gt?: number;
            gte?: number;
            in?: (string | number | boolean)[];
            lt?: number;
            lte?: number;
            ne?: string | number | boolean;
            q: string;
        } | {
            eq?: string | number | boolean;
            exists?: boolean;
            field: string;
            gt?: number;
            gte?: number;
            in?: (string | number | boolean)[];
            lt?: number;
            lte?: number;
            ne?: string | number | boolean;
        } | {
            licence: string;
        } | {
            all: components["schemas"]["Condition"][];
        } | {
            any: components["schemas"]["Condition"][];
        } | {
            not: components["schemas"]["Condition"];
        };
        /** @description 条件：对问卷回答（q）、表单字段（field）或持有的证照（licence）的比较，可用 all / any / not 组合 */
        ConditionInput: {
            eq?: string | number | boolean;
            exists?: boolean;
            gt?: number;
            gte?: number;
            in?: (string | number | boolean)[];
            lt?: number;
            lte?: number;
            ne?: string | number | boolean;
            q: string;
        } | {
            eq?: string | number | boolean;
            exists?: boolean;
            field: string;
            gt?: number;
            gte?: number;
            in?: (string | number | boolean)[];
            lt?: number;
            lte?: number;
            ne?: string | number | boolean;
        } | {
            licence: string;
        } | {
            all: components["schemas"]["ConditionInput"][];
        } | {
            any: components["schemas"]["ConditionInput"][];
        } | {
            not: components["schemas"]["ConditionInput"];
        };
        CreditFlag: {
            /** @description the instant the flag lapses */
            endsAt: string;
            /** @description the last day (Asia/Shanghai) the flag stands */
            endsOn: string;
            id: string;
            /** @description citizen ID number: masked (431127********0329) unless the reader is the person or may raise flags */
            idNumber: string | null;
            reason: string;
            revokedAt: string | null;
            /** @enum {string} */
            source: "inspection" | "commitment" | "manual";
            sourceName: string;
            sourceRef: string | null;
            /** @description in force now */
            standing: boolean;
            /** @description ISO 8601 instant */
            startsAt: string;
            /** @enum {string} */
            status: "active" | "revoked";
            subjectName: string;
            uscc: string | null;
        };
        CreditFlagAppeal: {
            decidedAt: string | null;
            decision: ("revoked" | "upheld") | null;
            decisionNote: string | null;
            /** @description ISO 8601 instant */
            filedAt: string;
            flagId: string;
            id: string;
            statement: string;
        };
        DataElement: {
            code: string;
            description: string;
            max: number | null;
            maxLength: number | null;
            min: number | null;
            name: string;
            options: string[];
            /** @enum {string} */
            personal?: "idNumber" | "phone" | "address" | "name" | "none";
            /** @enum {string} */
            type: "text" | "uscc" | "idNumber" | "phone" | "date" | "number" | "enum" | "address";
        };
        Deadline: {
            acceptedOn: string;
            assigneeId: string | null;
            calendarMissing: boolean;
            calendarVersion: string;
            closedAt: string | null;
            closedOn: string | null;
            /** @enum {string} */
            colour?: "green" | "yellow" | "red" | "suspended" | "closed";
            departmentId: string;
            dueOn: string | null;
            extensionDays: number;
            extensions: {
                approvedBy: string | null;
                at: string;
                reason: string;
                workingDays: number;
            }[];
            history: {
                at: string;
                calendarVersion: string;
                dueOn: string | null;
                /** @enum {string} */
                event: "tracked" | "suspended" | "resumed" | "extended" | "recomputed" | "closed";
                note?: string;
            }[];
            id: string;
            immediate: boolean;
            legalWorkingDays: number | null;
            missingYears: number[];
            onTime: boolean | null;
            regionCode: string;
            startedAt: string;
            /** @enum {string} */
            status: "open" | "suspended" | "closed";
            subjectId: string;
            subjectKind: string;
            suspensions: {
                from: string;
                fromAt: string;
                /** @enum {string} */
                kind: "correction" | "special-procedure" | "consultation";
                reason: string | null;
                to: string | null;
                toAt: string | null;
            }[];
            title: string;
            totalWorkingDays: number;
            usedWorkingDays: number | null;
            windowId: string | null;
            workingDays: number;
            yellowFrom: string | null;
        };
        DisclosureRequest: {
            answer: {
                /** @description ISO 8601 instant */
                at: string;
                legalBasis: string | null;
                onTheSpot: boolean | null;
                onTime: boolean | null;
                text: string | null;
                type: ("disclosed" | "partly-disclosed" | "not-held" | "not-disclosable") | null;
                typeName: string;
            } | null;
            /** @description a citizen’s ID number is masked unless the reader is the applicant; an organisation’s code is public */
            applicantIdCode: string | null;
            /** @enum {string} */
            applicantKind: "citizen" | "organisation";
            applicantName: string;
            /** @description masked unless the reader is the applicant */
            applicantPhone: string | null;
            /** @enum {string} */
            delivery: "online" | "email" | "post" | "pickup";
            deliveryName: string;
            departmentId: string;
            description: string;
            dueDate: string | null;
            extension: {
                /** @description ISO 8601 instant */
                at: string;
                reason: string | null;
                workingDays: number | null;
            } | null;
            /** @enum {string} */
            format: "paper" | "electronic";
            formatName: string;
            id: string;
            number: string;
            purpose: string | null;
            /** @description ISO 8601 instant */
            receivedAt: string;
            /** @enum {string} */
            status: "received" | "consulting" | "answered";
            statusName: string;
        };
        DrawResult: {
            /** @constant */
            format: "banshi-draw-result/1";
            planDigest: string;
            planId: string;
            populationCount: number;
            sampleCount: number;
            seed: string;
            seedCommitment: string;
            strata: {
                key: string;
                population: number;
                quota: number;
            }[];
            visits: {
                /** @description department code → inspector ids, in the order drawn */
                inspectors: {
                    [key: string]: string[];
                };
                position: number;
                /** @description departments that could not field enough eligible inspectors */
                shortfall: string[];
                stratum: string;
                subject: string;
            }[];
            /** @description SM3 over the canonical JSON of visits */
            visitsDigest: string;
        };
        EfficiencyReport: {
            byDepartment: {
                averageLegalDays: number | null;
                averagePromisedDays: number | null;
                averageUsedDays: number | null;
                closed: number;
                /** @description 承诺时限较法定时限压缩的比例（0–1） */
                compressionRate: number | null;
                departmentId: string;
                departmentName: string | null;
                immediateRate: number | null;
                legalDaysTotal: number;
                /** @description 按期办结率（0–1） */
                onTimeRate: number | null;
                promisedDaysTotal: number;
            }[];
            from: string;
            /** @enum {string} */
            period: "week" | "quarter";
            to: string;
            total: {
                averageLegalDays: number | null;
                averagePromisedDays: number | null;
                averageUsedDays: number | null;
                closed: number;
                /** @description 承诺时限较法定时限压缩的比例（0–1） */
                compressionRate: number | null;
                immediateRate: number | null;
                legalDaysTotal: number;
                /** @description 按期办结率（0–1） */
                onTimeRate: number | null;
                promisedDaysTotal: number;
            };
            trend: {
                averageLegalDays: number | null;
                averagePromisedDays: number | null;
                averageUsedDays: number | null;
                closed: number;
                /** @description 承诺时限较法定时限压缩的比例（0–1） */
                compressionRate: number | null;
                immediateRate: number | null;
                legalDaysTotal: number;
                /** @description 按期办结率（0–1） */
                onTimeRate: number | null;
                periodStart: string;
                promisedDaysTotal: number;
            }[];
        };
        EnterpriseFile: {
            applications: components["schemas"]["BusinessApplication"][];
            creditFlag: {
                endsOn: string;
                reason: string;
                sourceName: string;
                /** @description ISO 8601 instant */
                startsAt: string;
            } | null;
            /** @description ISO 8601 instant */
            generatedAt: string;
            inspections: components["schemas"]["InspectionResult"][];
            licences: components["schemas"]["LicenceSummary"][];
            name: string | null;
            ratings: components["schemas"]["Rating"][];
            /**
             * @description what the viewer may see: everything, or what concerns their department
             * @enum {string}
             */
            scope: "self" | "all" | "department";
            /** @description counts a department-scoped viewer may know without seeing the records */
            totals: {
                applications: number;
                inspections: number;
                licences: number;
                ratings: number;
                validLicences: number;
            };
            uscc: string;
        };
        /** @description 错误：{ code, message, details } */
        Error: {
            /** @description 错误码（见 GET /api/v1/errors） */
            code: string;
            /** @description 细节；校验失败时 issues 为 [{ path, message }] */
            details: {
                [key: string]: unknown;
            };
            /** @description 提示语（按 Accept-Language：中文或英文） */
            message: string;
        };
        GuideFeedback: {
            applicationId: string | null;
            createdAt: string;
            /** @description 答复期限 */
            deadline: components["schemas"]["Deadline"] | null;
            departmentId: string;
            description: string;
            handledAt: string | null;
            id: string;
            itemCode: string;
            itemName: string;
            itemVersionId: string;
            /** @enum {string} */
            kind: "wrong" | "unclear";
            kindName: string;
            materialCode: string | null;
            part: string;
            partName: string;
            /** @enum {string} */
            reporterKind: "applicant" | "staff";
            /** @description 主管部门的答复 */
            response: string | null;
            /** @enum {string} */
            status: "open" | "resolved" | "dismissed";
            /** @description 在哪一步发现 */
            step: string;
        };
        HallAppointment: {
            /** @description ISO 8601 instant */
            bookedAt: string;
            /** @description may still be rescheduled or cancelled */
            changeable: boolean;
            /** @description booking code, shown at check-in */
            code: string;
            day: string;
            ends: string;
            id: string;
            starts: string;
            /** @enum {string} */
            status: "booked" | "cancelled" | "checked-in" | "no-show";
            statusName: string;
            subject: {
                /** @enum {string} */
                kind: "item" | "bundle" | "application";
                kindName: string;
                ref: string;
                title: string;
            };
            zone: {
                id: string;
                name: string;
            };
        };
        HallFinishedTicket: {
            /** @description numbers called before this one (waiting only) */
            ahead: number | null;
            applicationId: string | null;
            appointmentCode: string | null;
            calledAt: string | null;
            calls: number;
            finishedAt: string | null;
            id: string;
            /** @description masked */
            idNumber: string | null;
            /** @description ISO 8601 instant */
            issuedAt: string;
            name: string | null;
            /** @description queue number, e.g. A012 */
            number: string;
            priority: number;
            priorityName: string;
            /** @description 评价码: the visitor rates this visit with it on the counter pad or online (一次一评) */
            ratingCode: string | null;
            /** @enum {string} */
            status: "waiting" | "called" | "done" | "no-show";
            statusName: string;
            transferredTo: {
                id: string;
                name: string;
            } | null;
            /** @description what the appointment was booked for (none for a walk-in) */
            visitFor: {
                applicationId: string | null;
                /** @enum {string} */
                kind: "item" | "bundle" | "application";
                kindName: string;
                title: string;
            } | null;
            window: {
                id: string;
                name: string;
            } | null;
            zone: {
                id: string;
                name: string;
            };
        };
        HallScreen: {
            /** @description ISO 8601 instant */
            at: string;
            calls: {
                /** @description ISO 8601 instant */
                calledAt: string;
                calls: number;
                id: string;
                number: string;
                serving: boolean;
                window: string;
                zone: string;
            }[];
            regionCode: string;
            zones: {
                id: string;
                letter: string;
                name: string;
                waiting: number;
            }[];
        };
        HallTicket: {
            /** @description numbers called before this one (waiting only) */
            ahead: number | null;
            applicationId: string | null;
            appointmentCode: string | null;
            calledAt: string | null;
            calls: number;
            finishedAt: string | null;
            id: string;
            /** @description masked */
            idNumber: string | null;
            /** @description ISO 8601 instant */
            issuedAt: string;
            name: string | null;
            /** @description queue number, e.g. A012 */
            number: string;
            priority: number;
            priorityName: string;
            /** @enum {string} */
            status: "waiting" | "called" | "done" | "no-show";
            statusName: string;
            transferredTo: {
                id: string;
                name: string;
            } | null;
            /** @description what the appointment was booked for (none for a walk-in) */
            visitFor: {
                applicationId: string | null;
                /** @enum {string} */
                kind: "item" | "bundle" | "application";
                kindName: string;
                title: string;
            } | null;
            window: {
                id: string;
                name: string;
            } | null;
            zone: {
                id: string;
                name: string;
            };
        };
        HallZone: {
            code: string;
            departmentCodes: string[];
            id: string;
            /** @description queue numbers of this zone begin with it */
            letter: string;
            name: string;
            /** @description opening hours on working days (Beijing time) */
            sessions: {
                from: string;
                to: string;
            }[];
            slotCapacity: number;
            slotMinutes: number;
            waiting: number;
            windows: {
                code: string;
                id: string;
                location: string | null;
                name: string;
            }[];
        };
        InspectionPlan: {
            /** @description ISO 8601 instant */
            createdAt: string;
            departments: {
                checklist: string[];
                code: string;
                name: string;
                qualification: string | null;
            }[];
            drawDigest: string | null;
            drawnAt: string | null;
            /** @description how the subject pool was filtered */
            filter: {
                [key: string]: unknown;
            };
            id: string;
            inspectorsPerVisit: number;
            /** @description several departments inspect together (联合抽查) */
            joint: boolean;
            planDigest: string | null;
            populationCount: number | null;
            publishedAt: string | null;
            sampleCount: number | null;
            sampling: {
                /** @constant */
                kind: "size";
                size: number;
            } | {
                /** @constant */
                kind: "rate";
                percent: number;
            };
            /** @description revealed at the draw */
            seed: string | null;
            /** @description hash of the seed, published before the draw */
            seedCommitment: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "drawn";
            statusName: string;
            /** @enum {string} */
            stratifyBy: "none" | "region" | "risk";
            title: string;
        };
        InspectionResult: {
            checklist: string[];
            checks: {
                item: string;
                ok: boolean;
            }[] | null;
            department: {
                code: string;
                name: string;
            };
            findings: string | null;
            id: string;
            inspectedOn: string | null;
            inspectors: {
                badgeNo: string;
                name: string;
            }[];
            outcome: ("compliant" | "problems" | "referred") | null;
            outcomeName: string;
            planId: string;
            planTitle: string;
            /** @description order of the subject in the draw */
            position: number;
            recorded: boolean;
            recordedAt: string | null;
            rectificationNote: string | null;
            rectifiedAt: string | null;
            rectifyDays: number | null;
            rectifyDueOn: string | null;
            serious: boolean;
            subjectName: string;
            townshipName: string | null;
            uscc: string;
            visitId: string;
        };
        ItemSummary: {
            authorisedToWindow: boolean;
            autoApproval: boolean;
            code: string;
            commitmentAllowed: boolean;
            decidedOnPlatform: boolean;
            department: {
                code: string;
                id: string;
                name: string;
            };
            /** @description 生效日期：定时发布的草稿在该日自动生效 */
            effectiveOn: string | null;
            /** @enum {string} */
            handling: "immediate" | "promised";
            keywords: string[];
            /** @enum {string} */
            kind: "licence" | "confirmation" | "filing" | "benefit" | "adjudication" | "award" | "other" | "publicService";
            kindName: string;
            legalDays: number;
            name: string;
            onlineCapable: boolean;
            producesLicenceType: string | null;
            promisedDays: number;
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            version: number;
            versionId: string;
            visitsNeeded: number;
        };
        ItemVersion: {
            /** @enum {string} */
            applicantType: "citizen" | "enterprise" | "both";
            authorisedToWindow: boolean;
            autoApproval: {
                description: string;
                rule: components["schemas"]["Condition"];
            } | null;
            code: string;
            commitmentAllowed: boolean;
            commitmentText: string | null;
            conditions: string[];
            createdAt: string;
            decidedOnPlatform: boolean;
            /** @description 缴费后出件 */
            deliveryAfterPayment: boolean;
            department: {
                code: string;
                id: string;
                name: string;
            };
            /** @description 生效日期：定时发布的草稿在该日（北京时间）自动成为现行版本 */
            effectiveOn: string | null;
            /** @description 办事指南的英文版本（仅当前发布版本的指南返回；null：没有英文版本，以中文显示） */
            english?: {
                conditions: string[];
                name: string;
                summary: string;
            } | null;
            /**
             * @description 收费环节：受理时或准予决定后
             * @enum {string}
             */
            feeCharged: "acceptance" | "decision";
            fees: {
                amount: number;
                basis: string;
                name: string;
                unit: string;
            }[];
            formFields: {
                condition: components["schemas"]["Condition"] | null;
                element: string | null;
                key: string;
                label: string;
                options: string[];
                /**
                 * @description 个人信息类别（决定脱敏方式）
                 * @enum {string}
                 */
                personal?: "idNumber" | "phone" | "address" | "name" | "none";
                required: boolean;
                type: ("text" | "uscc" | "idNumber" | "phone" | "date" | "number" | "enum" | "address") | null;
            }[];
            /** @enum {string} */
            handling: "immediate" | "promised";
            immediate: boolean;
            /** @description 实施编码 */
            implementationCode: string;
            itemId: string;
            keywords: string[];
            /** @enum {string} */
            kind: "licence" | "confirmation" | "filing" | "benefit" | "adjudication" | "award" | "other" | "publicService";
            kindName: string;
            legalBasis: string;
            legalDays: number;
            /** @enum {string} */
            level: "national" | "province" | "city" | "county" | "township" | "village";
            materials: {
                code: string;
                condition: components["schemas"]["Condition"] | null;
                count: number;
                /** @enum {string} */
                form: "original" | "copy" | "originalAndCopy" | "electronic";
                legalBasis: string;
                name: string;
                note: string;
                required: boolean;
                /** @description 填写并核验后可免交此材料的数据元 */
                satisfiedByElements: string[];
                /** @description 可免提交此材料的电子证照类型 */
                satisfiedByLicence: string | null;
            }[];
            name: string;
            officeHours: string;
            onlineCapable: boolean;
            /** @description 容缺受理：窗口可先受理、限期补交的材料代码 */
            pendingAllowed: string[];
            /** @enum {string} */
            pendingLapse: "deny" | "revoke";
            /** @description 咨询电话（机关电话，非个人信息） */
            phone: string;
            place: string;
            producesLicenceType: string | null;
            promisedDays: number;
            publishedAt: string | null;
            realNameLevel: ("phone" | "provider" | "counter") | null;
            regionCode: string;
            retiredAt: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            steps: {
                description: string;
                name: string;
            }[];
            version: number;
            versionId: string;
            visitsNeeded: number;
        };
        KnowledgeEntry: {
            answer: string;
            categoryCode: string | null;
            departmentId: string | null;
            id: string;
            question: string;
            /** @enum {string} */
            status: "published" | "retired";
            title: string;
            /** @description ISO 8601 instant */
            updatedAt: string;
        };
        /** @description 电子证照二维码中签名的声明（JSON，键名固定） */
        LicenceClaims: {
            /** @description 证照内容（数据、完整持证人号码、有效期，加平台保存的随机盐）规范 JSON 的 SM3 摘要，base64url */
            d: string;
            /**
             * Format: date
             * @description 有效期起（Asia/Shanghai）
             */
            f: string;
            /** @description 持证主体：企业为统一社会信用代码；公民为脱敏的公民身份号码（前 6 位和后 4 位，如 431127********0329） */
            h: string;
            /** @description 发证机关统一社会信用代码 */
            i: string;
            /** @description 证照标识（GB/T 36904，含版本号） */
            id: string;
            /** @description 签名密钥标识（见 /.well-known/banshi-keys.json） */
            k: string;
            /** @description 持证主体名称 */
            n: string;
            /**
             * @description 证照类型代码
             * @example food-business-permit
             */
            t: string;
            /**
             * Format: date
             * @description 有效期至；null 为长期
             */
            u: string | null;
        };
        LicenceDetail: {
            applicationId: string | null;
            departmentId: string;
            face: {
                fields: {
                    key: string;
                    label: string;
                    /** @constant */
                    side?: "right";
                    value: string;
                }[];
                issuedOn: string;
                issuerName: string;
                /** @enum {string} */
                layout: "certificate" | "permit";
                note: string | null;
                serial: string;
                title: string;
            };
            /** @description 持证主体代码：无权查看完整公民身份号码的角色看到脱敏号码 */
            holderId: string;
            /** @enum {string} */
            holderKind: "business" | "citizen";
            holderName: string;
            id: string;
            /** @description 证照标识（GB/T 36904） */
            identifier: string;
            issuedAt: string;
            issuerName: string;
            issuerUscc: string;
            /** @enum {string} */
            origin: "decision" | "registration";
            originName: string;
            registrationReason: string | null;
            /** @description 编号 */
            serial: string;
            status: string;
            statusName: string;
            statusReason: string | null;
            type: string;
            typeName: string;
            validFrom: string;
            validUntil: string | null;
            /** @description 公开核验网址（二维码内容）：…/v/BSL1.<claims>.<signature> */
            verifyUrl: string;
            version: number;
            versions: {
                change: string;
                identifier: string;
                issuedAt: string;
                keyId: string;
                reason: string | null;
                validUntil: string | null;
                version: number;
            }[];
        };
        /** @description `BSL1.<base64url(UTF-8 JSON of LicenceClaims)>.<base64url(SM2 signature r‖s, 64 bytes)>`；签名覆盖 ASCII 文本 `BSL1.<claims>`，SM2 over SM3，区分标识 1234567812345678，与 OpenSSL 3 互通。 */
        LicenceQrPayload: string;
        LicenceSummary: {
            applicationId: string | null;
            departmentId: string;
            /** @description 持证主体代码：无权查看完整公民身份号码的角色看到脱敏号码 */
            holderId: string;
            /** @enum {string} */
            holderKind: "business" | "citizen";
            holderName: string;
            id: string;
            /** @description 证照标识（GB/T 36904） */
            identifier: string;
            issuedAt: string;
            issuerName: string;
            issuerUscc: string;
            /** @enum {string} */
            origin: "decision" | "registration";
            originName: string;
            /** @description 编号 */
            serial: string;
            status: string;
            statusName: string;
            statusReason: string | null;
            type: string;
            typeName: string;
            validFrom: string;
            validUntil: string | null;
            version: number;
        };
        LicenceUse: {
            applicationId: string | null;
            at: string;
            id: string;
            identifier: string;
            licenceId: string;
            /** @description 免于提交的材料 */
            materialName: string;
            purpose: string;
            type: string;
            typeName: string;
            /** @description 使用证照的部门 */
            usedBy: string | null;
            usedByName: string | null;
            version: number;
        };
        LicenceVerdict: {
            checkedAt: string;
            licence: {
                currentVersion: number;
                /** @description 企业为统一社会信用代码；公民为脱敏号码 */
                holderId: string;
                holderName: string;
                identifier: string;
                issuerName: string;
                keyId: string;
                type: string;
                typeName: string;
                validFrom: string;
                validUntil: string | null;
                version: number;
            } | null;
            /** @description 一照通：营业执照持有人的其他证照 */
            permits?: {
                identifier: string;
                issuerName: string;
                status: string;
                statusName: string;
                type: string;
                typeName: string;
                validFrom: string;
                validUntil: string | null;
            }[];
            /** @description 签名与发证机关公布的公钥相符（离线核验也能得出） */
            signatureValid: boolean;
            /** @enum {string} */
            status: "valid" | "suspended" | "revoked" | "expired" | "not-yet-valid" | "superseded" | "unknown" | "invalid";
            statusName: string;
            statusReason: string | null;
            statusSince: string | null;
        };
        MergedForm: {
            answers: {
                [key: string]: boolean | number | string;
            };
            common: {
                dataElement?: string;
                key: string;
                label: string;
                max?: number;
                maxLength?: number;
                min?: number;
                /** @description 表单数据中的字段名：数据元代码，或 <事项编码>.<字段键> */
                name: string;
                options?: {
                    label: string;
                    value: string;
                }[];
                required: boolean;
                /** @enum {string} */
                type: "text" | "address" | "textarea" | "number" | "date" | "enum" | "boolean" | "uscc" | "idNumber" | "phone" | "email";
                unit?: string;
                usedBy: {
                    itemCode: string;
                    itemName: string;
                    versionId: string;
                }[];
                visibleIf?: components["schemas"]["Condition"];
            }[];
            /** @description 预填记录与申请人回答不一致的字段：申请人的回答为准，可改选记录中的值 */
            conflicts: {
                [key: string]: {
                    given: {
                        question?: string;
                        /** @enum {string} */
                        source: "answer" | "form";
                        value: unknown;
                    };
                    recorded: {
                        origin: {
                            licenceId?: string;
                            licenceType?: string;
                            licenceTypeName?: string;
                            profileKey?: string;
                            question?: string;
                            /** @enum {string} */
                            source: "profile" | "licence" | "answer";
                        };
                        value: unknown;
                    };
                };
            };
            groups: {
                fields: {
                    dataElement?: string;
                    key: string;
                    label: string;
                    max?: number;
                    maxLength?: number;
                    min?: number;
                    /** @description 表单数据中的字段名：数据元代码，或 <事项编码>.<字段键> */
                    name: string;
                    options?: {
                        label: string;
                        value: string;
                    }[];
                    required: boolean;
                    /** @enum {string} */
                    type: "text" | "address" | "textarea" | "number" | "date" | "enum" | "boolean" | "uscc" | "idNumber" | "phone" | "email";
                    unit?: string;
                    usedBy: {
                        itemCode: string;
                        itemName: string;
                        versionId: string;
                    }[];
                    visibleIf?: components["schemas"]["Condition"];
                }[];
                itemCode: string;
                itemName: string;
                versionId: string;
            }[];
            items: {
                itemCode: string;
                itemName: string;
                versionId: string;
            }[];
            prefilled: {
                [key: string]: {
                    licenceId?: string;
                    licenceType?: string;
                    licenceTypeName?: string;
                    profileKey?: string;
                    question?: string;
                    /** @enum {string} */
                    source: "profile" | "licence" | "answer";
                };
            };
            /** @description 预填的值 */
            values: {
                [key: string]: unknown;
            };
        };
        Message: {
            body: string;
            /** @description ISO 8601 instant */
            createdAt: string;
            id: string;
            /** @description the page of the platform the message is about */
            link: string | null;
            read: boolean;
            title: string;
        };
        Notice: {
            answers: {
                answer: boolean | number | string;
                /** @description 与该问题对应的数据元（表单最终填写的数值为准） */
                dataElement?: string;
                label: string;
                question: string;
                text: string;
            }[];
            generatedAt: string;
            /** @description 告知单编号 */
            id: string;
            items: {
                after: {
                    itemCode: string;
                    itemName: string;
                    reason: string;
                }[];
                authority: {
                    code: string;
                    name: string;
                };
                commitment: boolean;
                conditions: string[];
                fees: {
                    amount: number;
                    legalBasis?: string;
                    name: string;
                    unit?: string;
                }[];
                /** @enum {string} */
                handling: "immediate" | "promised";
                handlingLabel: string;
                itemCode: string;
                itemKind: string;
                itemKindLabel: string;
                legalBasis: string;
                legalDays: number;
                name: string;
                note: string | null;
                place: string;
                produces: string | null;
                promisedDays: number;
                versionId: string;
                visits: number;
            }[];
            licenceTypeNames: {
                [key: string]: string;
            };
            links: {
                html: string;
                json: string;
                pdf: string;
            };
            materials: {
                acceptsLicenceTypes: string[];
                code: string;
                conditionText?: string;
                copies: number;
                form: string;
                key: string;
                name: string;
                neededBy: {
                    acceptsLicenceTypes: string[];
                    authorityName: string;
                    itemCode: string;
                    itemName: string;
                    legalBasis: string;
                    required: boolean;
                    versionId: string;
                }[];
                note?: string;
                /** @description 同一申请中另一事项将核发替代此材料的证照 */
                producedBy: {
                    itemCode: string;
                    itemName: string;
                } | null;
                required: boolean;
                /** @description 申请人持有可替代此材料的电子证照：免提交 */
                reuse: {
                    licenceId: string;
                    typeCode: string;
                    typeName: string;
                } | null;
                satisfiedByElements: string[];
            }[];
            subject: {
                code: string;
                /** @enum {string} */
                kind: "bundle" | "item";
                name: string;
            };
            summary: {
                authorities: string[];
                immediate: boolean;
                itemCount: number;
                legalDays: number;
                materialCount: number;
                places: string[];
                promisedDays: number;
                promisedHours: number | null;
                requiredMaterialCount: number;
                reusableMaterialCount: number;
                totalFee: number;
                visits: number;
            };
            /** @constant */
            title: "一次性告知单";
        };
        Rating: {
            appeal: components["schemas"]["RatingAppeal"] | null;
            /** @enum {string} */
            channel: "online" | "window";
            channelName: string;
            comment: string | null;
            departmentId: string;
            /** @description ISO 8601 instant */
            editableUntil: string;
            /** @enum {string} */
            grade: "good" | "neutral" | "bad";
            gradeName: string;
            handlingId: string;
            id: string;
            indicators: {
                code: string;
                level: number | null;
                levelName: string | null;
                name: string;
            }[];
            itemCode: string | null;
            itemName: string;
            level: number;
            levelName: string;
            /** @description ISO 8601 instant */
            ratedAt: string;
            raterName: string | null;
            /** @description masked (138****5678) unless the reader is the rater or must call them back */
            raterPhone: string | null;
            /** @description rated under the rater’s real name */
            realName: boolean;
            rectification: components["schemas"]["Rectification"] | null;
            /** @enum {string} */
            status: "valid" | "voided";
            /** @description ISO 8601 instant */
            updatedAt: string;
            voidedAt: string | null;
            voidReason: string | null;
        };
        RatingAppeal: {
            decidedAt: string | null;
            decisionNote: string | null;
            departmentId: string;
            explanation: string;
            /** @description ISO 8601 instant */
            filedAt: string;
            id: string;
            ratingId: string;
            /** @enum {string} */
            reasonKind: "mistaken" | "malicious";
            reasonName: string;
            /** @enum {string} */
            status: "pending" | "upheld" | "rejected";
            statusName: string;
        };
        RatingHandling: {
            applicationId: string | null;
            /** @enum {string} */
            channel: "online" | "window";
            channelName: string;
            departmentId: string;
            /** @description ISO 8601 instant */
            handledAt: string;
            id: string;
            /** @description indicators the rater is asked about on this channel */
            indicators: {
                code: string;
                name: string;
            }[];
            itemCode: string | null;
            itemName: string;
        };
        Reconciliation: {
            day: string;
            dayText: string;
            differences: {
                /** @enum {string} */
                kind: "missing-here" | "missing-there" | "amount";
                kindName: string;
                /** @enum {string} */
                movement: "pay" | "refund";
                movementName: string;
                orderNo: string;
                /** @description 本平台记录金额 */
                ours: string;
                /** @description 支付平台对账单金额 */
                theirs: string;
                tradeNo: string | null;
            }[];
            doneAt: string | null;
            error: string | null;
            id: string;
            /** @description 相符笔数 */
            matched: number;
            /** @description 每日自动对账, or 监管人员发起 */
            originName: string;
            /** @description ISO 8601 instant */
            requestedAt: string;
            /** @enum {string} */
            status: "pending" | "done" | "failed";
            statusName: string;
        };
        Rectification: {
            action: string | null;
            answeredAt: string | null;
            closedAt: string | null;
            departmentId: string;
            dueDate: string | null;
            finding: string | null;
            followUp: {
                /** @description ISO 8601 instant */
                at: string;
                method: string | null;
                methodName: string | null;
                note: string | null;
                result: string | null;
                resultName: string | null;
            } | null;
            followUpRequired: boolean;
            id: string;
            onTime: boolean | null;
            /** @description ISO 8601 instant */
            openedAt: string;
            ratingId: string;
            /** @enum {string} */
            status: "open" | "answered" | "closed" | "withdrawn" | "voided";
            statusName: string;
            workingDays: number;
        };
        Ticket: {
            answer: string | null;
            answeredAt: string | null;
            categoryCode: string | null;
            content: string;
            /** @description ISO 8601 instant */
            createdAt: string;
            departmentId: string | null;
            dispatchedAt: string | null;
            dueDate: string | null;
            /** @description the master ticket this one was merged into */
            duplicateOf: string | null;
            id: string;
            /** @enum {string} */
            kind: "consultation" | "complaint" | "suggestion" | "help";
            kindName: string;
            number: string;
            onTime: boolean | null;
            rating: {
                /** @description ISO 8601 instant */
                at: string;
                comment: string | null;
                level: number;
                levelName?: string;
            } | null;
            requesterName: string;
            /** @description masked (138****5678) unless the reader handles the ticket or filed it */
            requesterPhone: string | null;
            /** @enum {string} */
            source: "phone" | "online" | "window";
            /** @enum {string} */
            status: "registered" | "dispatched" | "returned" | "answered" | "merged" | "closed";
            statusName: string;
            title: string;
            /** @description ISO 8601 instant */
            updatedAt: string;
        };
        TicketCategory: {
            code: string;
            departmentId: string;
            name: string;
            sort: number;
            /** @description working days to answer */
            workingDays: number;
        };
        /** @description 签名树头（RFC 6962/9162，SM3 与 SM2）。签名覆盖 50 字节：0x00（v1）‖ 0x01（tree_hash）‖ timestamp（uint64 大端，毫秒）‖ treeSize（uint64 大端）‖ 32 字节 rootHash；SM2 with SM3，区分标识 1234567812345678，DER 编码。叶子 = SM3(0x00 ‖ 32 字节条目哈希)，节点 = SM3(0x01 ‖ 左 ‖ 右)，n 个叶子在小于 n 的最大 2 的幂处分割，空树为 SM3("")。 */
        TreeHead: {
            /** @description 审计公钥标识（见 /.well-known/banshi-audit-keys.json） */
            keyId: string;
            /** @description SM3 Merkle 树根（十六进制） */
            rootHash: string;
            /** @description SM2 签名（DER，十六进制） */
            signature: string;
            /** @description 签名时间（自 1970-01-01 UTC 起的毫秒数，签名内容的一部分） */
            timestamp: number;
            /** @description 日志条数 */
            treeSize: number;
        };
        Upload: {
            id: string;
            mediaType: string;
            originalName: string;
            sha256: string;
            size: number;
            /** @description ISO 8601 时刻 */
            uploadedAt: string;
        };
        User: {
            departmentId: string | null;
            id: string;
            /** @description 公民身份号码（脱敏） */
            idNumberMasked: string | null;
            /** @enum {string} */
            kind: "staff" | "citizen" | "business";
            name: string;
            orgName: string | null;
            /** @description 实名等级：phone 手机号实名、provider 统一身份认证实名、counter 窗口现场核验；工作人员为空 */
            realNameLevel: ("phone" | "provider" | "counter") | null;
            realNameLevelName: string | null;
            regionCode: string | null;
            roleNames: string[];
            /** @description 角色代码：applicant、agent、clerk、reviewer、head、supervisor、inspector、admin */
            roles: string[];
            uscc: string | null;
            username: string;
        };
    };
    responses: {
        /** @description 请求不符合要求（VALIDATION_FAILED 时 details.issues 逐项列出 { path, message }）。错误码：AGENT_NOT_ELIGIBLE、ASSESSMENT_MATERIAL_UNKNOWN、AUDIT_CONSISTENCY_RANGE、AUTHORISATION_PERIOD_INVALID、BAD_MULTIPART、BAD_REQUEST、BAD_TEXT、CALENDAR_BAD_DATE、CALENDAR_BAD_FILE、CALENDAR_BAD_REGION、CALENDAR_SPAN_TOO_LONG、CALENDAR_YEAR_MIXED、CATALOG_CODE_CHANGED、CATALOG_CODE_MISMATCH、CATALOG_EFFECTIVE_DATE_PAST、CATALOG_IMPORT_UNREADABLE、CODE_EXPIRED、CODE_WRONG、CREDIT_FLAG_ENDS_BEFORE_START、CREDIT_FLAG_SUBJECT_REQUIRED、DEADLINE_BAD_INPUT、DEADLINE_TIME_BEFORE_START、DELEGATION_DELEGATE_INVALID、DISCLOSURE_EXTENSION_TOO_LONG、DISCLOSURE_ID_INVALID、DISCLOSURE_LEGAL_BASIS_REQUIRED、DISCLOSURE_LEGAL_BASIS_UNKNOWN、ENTERPRISE_USCC_INVALID、FILE_EMPTY、FILE_MISSING、GUIDANCE_FORM_ITEMS_REQUIRED、GUIDE_FEEDBACK_MATERIAL_UNKNOWN、HALL_HOURS_INVALID、HALL_ID_INVALID、HALL_SLOT_UNKNOWN、HALL_SUBJECT_REQUIRED、HALL_TRANSFER_SAME_WINDOW、HANDLER_IS_LEGAL_REPRESENTATIVE、HANDLER_VALID_UNTIL_INVALID、IDEMPOTENCY_KEY_REQUIRED、INVALID_DRAW_PLAN、INVALID_ID_NUMBER、INVALID_REFERENCE、INVALID_USCC、JSON_TOO_DEEP、LICENCE_DATES_INVALID、LICENCE_FIELD_INVALID、LICENCE_FIELD_UNKNOWN、LICENCE_HOLDER_INVALID、LICENCE_HOLDER_NUMBER_IN_URL、LICENCE_ISSUER_UNKNOWN、LICENCE_NO_CHANGE、LICENCE_PAYLOAD_INVALID、LICENCE_TYPE_UNKNOWN、OIDC_SIGN_IN_INVALID、PAYMENT_NOTIFICATION_IGNORED、PHONE_INVALID、PROJECT_STAGE_ITEM、PROJECT_ZONE_OTHER_REGION、RATING_ANONYMOUS_NEEDS_CODE、RATING_INDICATORS_INVALID、RATING_PERIOD_INVALID、RECTIFY_DAYS_REQUIRED、REGION_NOT_FOUND、SEED_REQUIRED、STAFF_ROLE_INVALID、STREAMLINING_RECEIVER_INVALID、SUCCESSOR_INVALID、TICKET_CATEGORY_UNKNOWN、TICKET_CONTACT_REQUIRED、TICKET_DEPARTMENT_UNKNOWN、UNKNOWN_DEPARTMENT、VALIDATION_FAILED、WEAK_PASSWORD、WINDOW_OF_OTHER_DEPARTMENT。完整目录见 GET /api/v1/errors。 */
        E400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 未登录或会话已失效。错误码：LOGIN_FAILED、UNAUTHENTICATED。完整目录见 GET /api/v1/errors。 */
        E401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 无权进行此操作。错误码：ACCEPTANCE_NOT_CONCERNED、ACCOUNT_DISABLED、AUDIT_PROOF_FULL_VIEW_ONLY、AUTHORISATION_OUT_OF_PERIOD、AUTHORISATION_OUT_OF_SCOPE、AUTHORISATION_REVOKED、BUSINESS_NOT_VERIFIED、CALENDAR_REGION_OUT_OF_SCOPE、CATALOG_REGION_OUT_OF_SCOPE、COUNTER_INTAKE_CLERKS_ONLY、COUNTER_WINDOW_NOT_YOURS、CROSS_SITE_REQUEST、DRAWING_REVIEW_NOT_CONCERNED、FORBIDDEN、HALL_BOOKING_BLOCKED、HANDLER_NOT_AUTHORISED、HANDLER_NOT_VERIFIED、HANDLER_OUT_OF_SCOPE、LICENCE_ISSUE_BY_DECISION、LICENCE_NOT_PRODUCED_BY_CASE、LICENCE_REGION_OUT_OF_SCOPE、LICENCE_REGISTRATION_FORBIDDEN、NOT_ASSIGNED_INSPECTOR、POWERS_OUT_OF_REACH、PROJECT_NOT_BUSINESS、RATING_NOT_YOURS、REAL_NAME_LEVEL_TOO_LOW、REGION_OUT_OF_SCOPE、SETTING_REGION_OUT_OF_SCOPE、SPECIAL_PROCEDURE_NOT_HANDLER、TICKET_CATEGORY_OUT_OF_REGION、TICKET_NOT_REQUESTER。完整目录见 GET /api/v1/errors。 */
        E403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 记录不存在（或无权查看）。错误码：ACCEPTANCE_NOT_FOUND、APPEAL_NOT_FOUND、APPLICATION_NOT_FOUND、AUDIT_HEAD_UNKNOWN、AUTHORISATION_NOT_FOUND、BUNDLE_NOT_FOUND、CALENDAR_DAY_OFF_NOT_FOUND、CASE_NOT_FOUND、CATALOG_BUNDLE_NOT_FOUND、CATALOG_ENGLISH_NOT_FOUND、CATALOG_ITEM_NOT_FOUND、CATALOG_SYNONYM_NOT_FOUND、CATALOG_VERSION_NOT_FOUND、DEADLINE_NOT_FOUND、DELEGATION_ITEM_NOT_FOUND、DELEGATION_NOT_FOUND、DEPARTMENT_NOT_FOUND、DEVELOPMENT_MESSAGES_CLOSED、DISCLOSURE_NOT_FOUND、DOCUMENT_NOT_FOUND、DRAWING_REVIEW_NOT_FOUND、ENTERPRISE_NOT_FOUND、EXCEPTION_NOT_FOUND、FEE_BILL_NOT_FOUND、FILE_NOT_FOUND、GUIDANCE_BUNDLE_NOT_FOUND、GUIDANCE_ITEM_NOT_FOUND、GUIDANCE_ITEM_VERSION_NOT_FOUND、GUIDANCE_NOTICE_NOT_FOUND、GUIDE_FEEDBACK_NOT_FOUND、HALL_APPOINTMENT_NOT_FOUND、HALL_SUBJECT_NOT_FOUND、HALL_TICKET_NOT_FOUND、HALL_WINDOW_NOT_FOUND、HALL_ZONE_NOT_FOUND、HANDLER_NOT_FOUND、ITEM_NOT_FOUND、KNOWLEDGE_NOT_FOUND、NOT_FOUND、OIDC_NOT_CONFIGURED、PAYMENT_ORDER_NOT_FOUND、PAYMENT_RECEIPT_NOT_FOUND、PROGRESS_NOT_FOUND、PROJECT_NOT_FOUND、PROJECT_STAGE_UNKNOWN、PROJECT_ZONE_NOT_FOUND、RATING_HANDLING_NOT_FOUND、RATING_NOT_FOUND、RECTIFICATION_NOT_FOUND、ROUTE_NOT_FOUND、SITE_CHECK_NOT_FOUND、STAFF_NOT_FOUND、STANDARD_ITEM_NOT_FOUND、STREAMLINING_BUNDLE_NOT_FOUND、STREAMLINING_ITEM_NOT_FOUND、TICKET_NOT_FOUND、TICKET_PROGRESS_NOT_FOUND、WINDOW_NOT_FOUND。完整目录见 GET /api/v1/errors。 */
        E404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 与当前状态冲突（已被他人处理、版本不符、重复）。错误码：ACCEPTANCE_EXISTS、ACCEPTANCE_ISSUED、ACCEPTANCE_NOT_OPEN、ACCEPTANCE_NOT_READY、ACCEPTANCE_TOO_EARLY、APPEAL_DECIDED、APPEAL_ONLY_BAD、APPEAL_PENDING、AUDIT_PROOF_NOT_SEALED、CALENDAR_DAY_OFF_EXISTS、CATALOG_CERTIFICATE_STILL_REQUIRED、CATALOG_CODE_TAKEN、CATALOG_DEPARTMENT_UNSTAFFED、CATALOG_DRAFT_EXISTS、CATALOG_FEE_NOT_LISTED、CATALOG_ITEM_IN_USE、CATALOG_NOTHING_TO_RETIRE、CATALOG_VERSION_IMMUTABLE、CONFLICT、CONFLICT_ALREADY_DECLARED、CORRECTION_ALREADY_REQUESTED、CREDIT_FLAG_APPEAL_DECIDED、CREDIT_FLAG_APPEAL_OPEN、CREDIT_FLAG_NOT_ACTIVE、DEADLINE_ALREADY_TRACKED、DEADLINE_CLOSED、DEADLINE_NOT_RUNNING、DEADLINE_NOT_SUSPENDED、DEADLINE_NOT_URGEABLE、DELEGATION_OVERLAPS、DELEGATION_REVOKED、DEPARTMENT_CODE_TAKEN、DISCLOSURE_ALREADY_EXTENDED、DISCLOSURE_ANSWERED、DISCLOSURE_CONSULTING、DISCLOSURE_NOT_CONSULTING、DOCUMENT_PREFIX_TAKEN、DRAWING_REVIEW_EXISTS、DRAWING_REVIEW_NO_MORE_ROUNDS、DRAWING_REVIEW_NOT_OPEN、DRAWING_REVIEW_NOT_REVISING、DRAWING_REVIEW_ROUND_CLOSED、FEE_BILL_NOT_PAYABLE、FEE_UNPAID_BEFORE_DELIVERY、GUIDE_FEEDBACK_ALREADY_CLOSED、HALL_ALREADY_CHECKED_IN、HALL_APPOINTMENT_CLOSED、HALL_CHECK_IN_NOT_TODAY、HALL_NOT_WORKING_DAY、HALL_QUEUE_EMPTY、HALL_SAME_DAY_BOOKED、HALL_SLOT_FULL、HALL_SLOT_PAST、HALL_SLOT_TOO_FAR、HALL_TICKET_STATE、HALL_TOO_MANY_BOOKINGS、HALL_WINDOW_BUSY、HANDLER_ALREADY_REVOKED、IMPLEMENTATION_EXISTS、INVALID_TRANSITION、LICENCE_ALREADY_HELD、LICENCE_ALREADY_SUSPENDED、LICENCE_NOT_RENEWABLE、LICENCE_NOT_SUSPENDED、LICENCE_NOT_USABLE、LICENCE_REVOKED、NOT_CONCLUDED、NOT_RECTIFIABLE、NOTHING_TO_DELIVER、PENDING_MATERIALS_OUTSTANDING、PHONE_TAKEN、PLAN_ALREADY_DRAWN、PLAN_NOT_DRAFT、PLAN_NOT_PUBLISHED、POWER_CODE_TAKEN、PROJECT_DRAWINGS_NOT_PASSED、PROJECT_STAGE_FILED、PROJECT_STAGE_LOCKED、PROJECT_ZONE_EXISTS、RATING_ALREADY_GIVEN、RATING_EDIT_WINDOW_CLOSED、RATING_VOIDED、RECTIFICATION_FOLLOW_UP_DONE、RECTIFICATION_STATE、RESULT_ALREADY_RECORDED、SPECIAL_PROCEDURE_NOT_OPEN、SPECIAL_PROCEDURE_OPEN、STAFF_ALREADY_DISABLED、STAFF_NOT_DISABLED、STAFF_SELF、TICKET_DUPLICATE_SELF、TICKET_NOT_CLASSIFIED、TICKET_SAME_DEPARTMENT、TICKET_STATE、USERNAME_TAKEN、WINDOW_CODE_TAKEN。完整目录见 GET /api/v1/errors。 */
        E409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 上传内容过大。错误码：FILE_TOO_LARGE、PAYLOAD_TOO_LARGE。完整目录见 GET /api/v1/errors。 */
        E413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 不支持的文件类型。错误码：FILE_TYPE_NOT_ALLOWED、UNSUPPORTED_MEDIA_TYPE。完整目录见 GET /api/v1/errors。 */
        E415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 内容不符合业务规则。错误码：APPLICANT_REQUIRED、ATTACHMENT_NOT_YOURS、AUTHORISATION_EXPIRED、AUTHORISATION_REQUIRED、CATALOG_ABOLISHED_CERTIFICATE、CATALOG_IMPORT_INVALID、CATALOG_INVALID_GUIDE、CORRECTION_INCOMPLETE、COUNTER_IDENTITY_CHECK_REQUIRED、CREDIT_FLAG_ACTIVE、CROSS_REGION_CHECKS_REQUIRED、EXCEPTION_NOT_APPROVED、FORM_INVALID、GUIDANCE_ANSWERS_INVALID、IDEMPOTENCY_KEY_REUSED、ITEM_NOT_IN_BUNDLE、ITEMS_DO_NOT_MATCH_ANSWERS、LICENCE_NOT_REUSABLE、LICENCE_TYPE_MISMATCH、MATERIAL_NOT_OWABLE、MATERIALS_INCOMPLETE、NO_ITEMS、NOT_IN_GUIDE、OIDC_IDENTITY_INCOMPLETE、PILOT_CODE_UNCONFIRMED、PLAN_EMPTY_POPULATION、PLAN_NO_INSPECTORS、POSTAL_DETAILS_REQUIRED、RATING_BAD_NEEDS_REASON、SEED_MISMATCH、SITE_CHECK_CASES_INVALID、UNKNOWN_MATERIAL。完整目录见 GET /api/v1/errors。 */
        E422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 请求过于频繁，稍后再试（见 Retry-After）。错误码：RATE_LIMITED。完整目录见 GET /api/v1/errors。 */
        E429: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 服务器内部错误。错误码：INTERNAL。完整目录见 GET /api/v1/errors。 */
        E500: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 服务繁忙，稍后再试（见 Retry-After）。错误码：PAYMENT_PROVIDER_UNAVAILABLE、SERVICE_BUSY、SMS_UNAVAILABLE。完整目录见 GET /api/v1/errors。 */
        E503: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description 错误提示语的语言：zh-CN（默认）或 en */
        AcceptLanguage: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getWellKnownBanshiAuditKeysJson: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 签名算法 */
                        algorithm: string;
                        keys: {
                            /** @description 审计公钥标识 */
                            keyId: string;
                            /** @description SM2 公钥（未压缩点，十六进制，04 开头） */
                            publicKey: string;
                            /** @description 同一公钥的 PEM（SubjectPublicKeyInfo），可供 openssl pkeyutl -verify 使用 */
                            publicKeyPem: string;
                            /** @description 首次签名时间（ISO 8601）；尚未签过树根时为空 */
                            since: string | null;
                        }[];
                        /** @description 被签名的字节 */
                        signedBytes: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getWellKnownBanshiKeysJson: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        algorithm: string;
                        keys: {
                            /** @enum {string} */
                            alg: "SM2-SM3";
                            createdAt: string;
                            issuer: {
                                name: string;
                                uscc: string;
                            };
                            kid: string;
                            publicKey: string;
                            retiredAt: string | null;
                            /** @description SM2 签名的区分标识 */
                            userId: string;
                        }[];
                        payloadFormat: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAdminDepartments: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            activeHeads: number;
                            activeReviewers: number;
                            code: string;
                            /** @description 发文代字（文书编号前缀）；空则按行政区划首字与部门简称生成 */
                            documentPrefix: string | null;
                            id: string;
                            name: string;
                            regionCode: string;
                            shortName: string;
                            uscc: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAdminDepartments: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** @description 理由（记入审计日志） */
                    reason: string;
                    regionCode: string;
                    shortName: string;
                    uscc?: string | null;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeHeads: number;
                        activeReviewers: number;
                        code: string;
                        /** @description 发文代字（文书编号前缀）；空则按行政区划首字与部门简称生成 */
                        documentPrefix: string | null;
                        id: string;
                        name: string;
                        regionCode: string;
                        shortName: string;
                        uscc: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAdminDepartmentsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeHeads: number;
                        activeReviewers: number;
                        code: string;
                        /** @description 发文代字（文书编号前缀）；空则按行政区划首字与部门简称生成 */
                        documentPrefix: string | null;
                        history: {
                            action: string;
                            actionName: string;
                            actorName: string;
                            at: string;
                            reason: string | null;
                            seq: number;
                        }[];
                        id: string;
                        name: string;
                        regionCode: string;
                        shortName: string;
                        uscc: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    patchAdminDepartmentsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 发文代字（文书编号前缀），null 恢复按行政区划与简称生成 */
                    documentPrefix?: string | null;
                    name?: string;
                    /** @description 理由（记入审计日志） */
                    reason: string;
                    shortName?: string;
                    uscc?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeHeads: number;
                        activeReviewers: number;
                        code: string;
                        /** @description 发文代字（文书编号前缀）；空则按行政区划首字与部门简称生成 */
                        documentPrefix: string | null;
                        id: string;
                        name: string;
                        regionCode: string;
                        shortName: string;
                        uscc: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAdminDevelopmentMessages: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 短信通道：development 为开发通道（短信不外发，记录在此） */
                        channel: string;
                        items: {
                            createdAt: string;
                            id: string;
                            /** @description 手机号码（脱敏：138****5678） */
                            phoneMasked: string | null;
                            /** @enum {string} */
                            purpose: "signup" | "login" | "reset";
                            purposeName: string;
                            /** @description 短信内容（含验证码） */
                            text: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAdminStaff: {
        parameters: {
            query?: {
                departmentId?: string;
                limit?: number;
                q?: string;
                role?: "agent" | "clerk" | "reviewer" | "head" | "supervisor" | "inspector" | "admin";
                status?: "active" | "disabled";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            departmentId: string | null;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            phoneMasked: string | null;
                            regionCode: string | null;
                            roleNames: string[];
                            roles: string[];
                            /** @enum {string} */
                            status: "active" | "disabled";
                            statusName: string;
                            username: string;
                            windowId: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAdminStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    departmentId: string;
                    name: string;
                    /** @description 新密码（不回显、不记录） */
                    password: string;
                    phone?: string | null;
                    /** @description 理由（记入审计日志） */
                    reason: string;
                    regionCode?: string;
                    roles: ("agent" | "clerk" | "reviewer" | "head" | "supervisor" | "inspector" | "admin")[];
                    username: string;
                    windowId?: string | null;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        departmentId: string | null;
                        disabledAt: string | null;
                        disabledReason: string | null;
                        id: string;
                        lockedUntil: string | null;
                        name: string;
                        phoneMasked: string | null;
                        regionCode: string | null;
                        roleNames: string[];
                        roles: string[];
                        /** @enum {string} */
                        status: "active" | "disabled";
                        statusName: string;
                        username: string;
                        windowId: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAdminStaffById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        departmentId: string | null;
                        disabledAt: string | null;
                        disabledReason: string | null;
                        history: {
                            action: string;
                            actionName: string;
                            actorName: string;
                            at: string;
                            reason: string | null;
                            seq: number;
                        }[];
                        id: string;
                        lockedUntil: string | null;
                        name: string;
                        phoneMasked: string | null;
                        regionCode: string | null;
                        roleNames: string[];
                        roles: string[];
                        /** @enum {string} */
                        status: "active" | "disabled";
                        statusName: string;
                        username: string;
                        windowId: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    patchAdminStaffById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    departmentId?: string;
                    name?: string;
                    phone?: string | null;
                    /** @description 理由（记入审计日志） */
                    reason: string;
                    roles?: ("agent" | "clerk" | "reviewer" | "head" | "supervisor" | "inspector" | "admin")[];
                    windowId?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        handedOver: {
                            dueOn: string | null;
                            subjectId: string;
                            subjectKind: string;
                            title: string;
                            toUserId: string | null;
                        }[];
                        staff: {
                            createdAt: string;
                            departmentId: string | null;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            phoneMasked: string | null;
                            regionCode: string | null;
                            roleNames: string[];
                            roles: string[];
                            /** @enum {string} */
                            status: "active" | "disabled";
                            statusName: string;
                            username: string;
                            windowId: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAdminStaffByIdDisable: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由（记入审计日志） */
                    reason: string;
                    /** @description 接手人；不填则退回部门待办 */
                    successorId?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        handedOver: {
                            dueOn: string | null;
                            subjectId: string;
                            subjectKind: string;
                            title: string;
                            toUserId: string | null;
                        }[];
                        sessionsEnded: number;
                        staff: {
                            createdAt: string;
                            departmentId: string | null;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            phoneMasked: string | null;
                            regionCode: string | null;
                            roleNames: string[];
                            roles: string[];
                            /** @enum {string} */
                            status: "active" | "disabled";
                            statusName: string;
                            username: string;
                            windowId: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAdminStaffByIdEnable: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由（记入审计日志） */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        departmentId: string | null;
                        disabledAt: string | null;
                        disabledReason: string | null;
                        id: string;
                        lockedUntil: string | null;
                        name: string;
                        phoneMasked: string | null;
                        regionCode: string | null;
                        roleNames: string[];
                        roles: string[];
                        /** @enum {string} */
                        status: "active" | "disabled";
                        statusName: string;
                        username: string;
                        windowId: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAdminStaffByIdResetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 新密码（不回显、不记录） */
                    password: string;
                    /** @description 理由（记入审计日志） */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessionsEnded: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAdminStaffByIdSignOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由（记入审计日志） */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessionsEnded: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAdminWindows: {
        parameters: {
            query?: {
                departmentId?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            code: string;
                            departmentId: string;
                            id: string;
                            location: string | null;
                            name: string;
                            regionCode: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAdminWindows: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** Format: uuid */
                    departmentId: string;
                    location?: string | null;
                    name: string;
                    /** @description 理由（记入审计日志） */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        departmentId: string;
                        id: string;
                        location: string | null;
                        name: string;
                        regionCode: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    patchAdminWindowsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    /** Format: uuid */
                    departmentId?: string;
                    location?: string | null;
                    name?: string;
                    /** @description 理由（记入审计日志） */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        departmentId: string;
                        id: string;
                        location: string | null;
                        name: string;
                        regionCode: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplications: {
        parameters: {
            query?: {
                limit?: number;
                /** @description 逗号分隔的状态 */
                status?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            applicantName: string;
                            channel: string;
                            channelName: string;
                            crossRegion: boolean;
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "correction" | "accepted" | "refused" | "concluded" | "delivered" | "withdrawn";
                            submittedAt: string | null;
                            title: string;
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postApplications: {
        parameters: {
            query?: never;
            header: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
                /** @description 幂等键（8–100 个字符，每次新的提交用一个新值）：以同一键重试返回第一次创建的办件，不会重复建件；键相同而内容不同返回 409 IDEMPOTENCY_KEY_REUSED。仅保存草稿时可省略。 */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers?: {
                        [key: string]: unknown;
                    };
                    applicant?: {
                        idNumber?: string | null;
                        /** @enum {string} */
                        kind: "citizen" | "business";
                        name: string;
                        orgName?: string | null;
                        phone?: string | null;
                        uscc?: string | null;
                        username?: string | null;
                    } | null;
                    /** @default [] */
                    attachments?: {
                        /** @description 该文件满足的全部材料 */
                        materials: {
                            itemCode: string;
                            materialCode: string;
                        }[];
                        /**
                         * Format: uuid
                         * @description POST /api/v1/files 返回的文件 id
                         */
                        uploadId: string;
                    }[];
                    authorisation?: {
                        /** Format: uuid */
                        letterUploadId: string;
                        scope: string;
                        /** Format: date */
                        validUntil: string;
                    } | null;
                    /** @description 帮代办：申请人在网上给予本人的有效授权（申请人即授权人）；授权已撤销、不在有效期或不含所办事项的，拒绝提交 */
                    authorisationId?: string | null;
                    bundleCode?: string | null;
                    /** @description 经办人为企业申请：企业的统一社会信用代码（须持有该企业法定代表人的有效授权） */
                    business?: {
                        uscc: string;
                    } | null;
                    commitments?: {
                        itemCode: string;
                        signedBy: string;
                    }[];
                    /** @description 窗口收件（综合窗口人员为到窗口办事的申请人录入）：身份核验方式；材料由窗口扫描上传 */
                    counter?: {
                        /**
                         * @description idCardRead 读取居民身份证芯片；idCardInspected 人工查验身份证原件
                         * @enum {string}
                         */
                        identityCheck: "idCardRead" | "idCardInspected";
                        /** @description 到窗口办理的人（法定代表人、经办人）；不填即申请人本人 */
                        presenterName?: string | null;
                    } | null;
                    /** @default false */
                    draft?: boolean;
                    form: {
                        [key: string]: unknown;
                    };
                    itemCodes: string[];
                    /** @description 免提交：以持有的电子证照代替材料 */
                    licences?: {
                        /** Format: uuid */
                        licenceId: string;
                        materials: {
                            itemCode: string;
                            materialCode: string;
                        }[];
                    }[];
                    pickup?: {
                        address?: string | null;
                        /**
                         * @description window 窗口领取；post 邮寄
                         * @enum {string}
                         */
                        method: "window" | "post";
                        /**
                         * @description together 统一出件；each 逐项出件
                         * @enum {string}
                         */
                        mode: "together" | "each";
                        phone?: string | null;
                        recipient?: string | null;
                    } | null;
                    /** @description 异地代收代办：递交材料、核验身份的窗口所在行政区划；不填为审批机关所在地的窗口（窗口人员代为提交时为其本窗口） */
                    windowRegion?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        number: string;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "correction" | "accepted" | "refused" | "concluded" | "delivered" | "withdrawn";
                        statusName: string;
                        submittedAt: string | null;
                        title: string;
                        version: number;
                    };
                };
            };
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        number: string;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "correction" | "accepted" | "refused" | "concluded" | "delivered" | "withdrawn";
                        statusName: string;
                        submittedAt: string | null;
                        title: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplicationsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postApplicationsByIdAccept: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 异地代收代办：已核验申请人身份、已进行材料形式审查（本地区以外的窗口受理、补正告知、不予受理均须确认） */
                    checks?: {
                        formalCompleteness: boolean;
                        identity: boolean;
                    };
                    /** @description 已核对原件，确认校验码不符但组织机构代码一致的统一社会信用代码（早期试点代码） */
                    confirmPilotCode?: boolean;
                    note?: string | null;
                    pending?: {
                        /** Format: date */
                        dueDate: string;
                        itemCode: string;
                        materialCode: string;
                    }[];
                    /** @description 乐观锁版本号：与当前版本不符时返回 409 CONFLICT */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplicationsByIdAcceptanceNoticePdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplicationsByIdAttachmentsByAttachmentIdContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplicationsByIdAuditProof: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        chain: string;
                        entries: {
                            body: string;
                            hash: string;
                            leafIndex: number;
                            path: string[];
                            prevHash: string;
                            seq: number;
                        }[];
                        /** @enum {string} */
                        format: "banshi-audit-proof/v1";
                        head: {
                            keyId: string;
                            rootHash: string;
                            signature: string;
                            timestamp: number;
                            treeSize: number;
                        };
                        label: string | null;
                        unsealed: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplicationsByIdCorrectionNoticePdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postApplicationsByIdCorrections: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    attachments?: {
                        /** @description 该文件满足的全部材料 */
                        materials: {
                            itemCode: string;
                            materialCode: string;
                        }[];
                        /**
                         * Format: uuid
                         * @description POST /api/v1/files 返回的文件 id
                         */
                        uploadId: string;
                    }[];
                    form?: {
                        [key: string]: unknown;
                    };
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postApplicationsByIdDeliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    caseIds?: string[];
                    /** @enum {string} */
                    method?: "window" | "post";
                    phone?: string | null;
                    recipient?: string | null;
                    trackingNumber?: string | null;
                    /** @description 乐观锁版本号：与当前版本不符时返回 409 CONFLICT */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptance: {
                            /** @description ISO 8601 时刻 */
                            at: string;
                            authorities: ({
                                code: string;
                                id: string;
                                name: string;
                                regionCode: string;
                            } | null)[];
                            authorityRegion: string;
                            by: string | null;
                            checks: {
                                [key: string]: unknown;
                            } | null;
                            crossRegion: boolean;
                            department: {
                                code: string;
                                id: string;
                                name: string;
                                regionCode: string;
                            } | null;
                            region: string | null;
                        } | null;
                        answers: {
                            [key: string]: unknown;
                        };
                        applicant: {
                            /** @description 公民身份号码：无权查看完整号码的角色看到 431127********0329 */
                            idNumber: string | null;
                            /** @enum {string} */
                            kind: "citizen" | "business";
                            name: string;
                            orgName: string | null;
                            /** @description 手机号码：无权查看的角色看到 138****5678 */
                            phone: string | null;
                            uscc: string | null;
                            userId: string | null;
                        };
                        attachments: {
                            /** @description ISO 8601 时刻 */
                            addedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "upload" | "licence";
                            licenceId: string | null;
                            licenceType: string | null;
                            materials: {
                                itemCode: string;
                                materialCode: string;
                            }[];
                            round: number;
                            sha256: string | null;
                            uploadId: string | null;
                        }[];
                        authorisation: ({
                            agentId: string;
                            letterSha256: string;
                            letterUploadId: string;
                            /** @description ISO 8601 时刻 */
                            recordedAt: string;
                            scope: string;
                            validUntil: string;
                        } | {
                            agentId: string;
                            authorisationId: string;
                            /** @description ISO 8601 时刻 */
                            recordedAt: string;
                            scope: string;
                            validFrom: string;
                            validUntil: string;
                        }) | null;
                        authorityRegion: string;
                        bundleCode: string | null;
                        bundleVersionId: string | null;
                        cases: components["schemas"]["Case"][];
                        channel: string;
                        /** @description 网上申报、窗口收件 */
                        channelName: string;
                        complete: boolean;
                        concludedAt: string | null;
                        correction: {
                            /** @description 补正期限（逾期未补正视为撤回） */
                            dueOn?: string;
                            items: {
                                itemCode: string;
                                /** @enum {string} */
                                kind: "material" | "condition" | "exception";
                                legalBasis: string | null;
                                problem: string;
                                ref: string;
                                title: string;
                            }[];
                            requestedAt: string;
                            requestedBy: string;
                            suppliedAt?: string;
                        } | null;
                        /** @description 窗口收件：录入的窗口人员、窗口、身份核验方式、扫描上传的材料份数 */
                        counterIntake: {
                            /** @description ISO 8601 时刻 */
                            checkedAt: string;
                            clerkId: string;
                            clerkName: string;
                            /** @enum {string} */
                            identityCheck: "idCardRead" | "idCardInspected";
                            identityCheckName: string;
                            presenterName: string;
                            scans: number;
                            windowName: string | null;
                            windowRegion: string;
                            windowRegionName: string;
                        } | null;
                        /** @description ISO 8601 时刻 */
                        createdAt: string;
                        delivered: {
                            caseId: string;
                            granted: boolean;
                            itemName: string;
                            licenceId: string | null;
                        }[];
                        deliveredAt: string | null;
                        delivery: {
                            [key: string]: unknown;
                        } | null;
                        /** @description 办件文书：受理通知书、补正告知书、不予受理通知书、不予许可决定书、准予许可决定书（无证照的事项） */
                        documents: {
                            caseId: string | null;
                            id: string;
                            /** @description ISO 8601 时刻 */
                            issuedAt: string;
                            /** @enum {string} */
                            kind: "acceptance" | "correction" | "refusal" | "denial" | "grant" | "revocation";
                            number: string;
                            title: string;
                            url: string;
                        }[];
                        /** @description 一表申请的填报内容：个人信息按数据元的类别脱敏 */
                        form: {
                            [key: string]: unknown;
                        };
                        /** @description 查看者能看到完整个人信息：可下载办件历史的存证证明（GET /applications/{id}/audit-proof） */
                        fullView?: boolean;
                        id: string;
                        number: string;
                        outcome: {
                            denied: string[];
                            granted: string[];
                        } | null;
                        pending: {
                            checkedAt?: string | null;
                            deadline: {
                                /** @description 办理人（null：部门待办队列） */
                                assigneeId: string | null;
                                calendarMissing: boolean;
                                colour: ("green" | "yellow" | "red" | "suspended" | "closed") | null;
                                dueOn: string | null;
                                extensionDays: number;
                                /** @description 暂停计时的期间（补正、特别程序等），不计入办理时限 */
                                pauses: {
                                    from: string;
                                    kind: string;
                                    kindName: string;
                                    reason: string | null;
                                    to: string | null;
                                }[];
                                status: string;
                                statusName: string;
                                suspensions: number;
                                workingDays: number;
                            } | null;
                            dueDate: string;
                            itemCode: string;
                            lapsedAt?: string | null;
                            materialCode: string;
                            name: string;
                            receivedAt: string | null;
                        }[];
                        pickup: {
                            address?: string | null;
                            /** @enum {string} */
                            method: "window" | "post";
                            /** @enum {string} */
                            mode: "together" | "each";
                            phone?: string | null;
                            recipient?: string | null;
                        };
                        refusal: {
                            at: string;
                            by: string;
                            cited: {
                                itemCode: string;
                                /** @enum {string} */
                                kind: "material" | "condition" | "exception";
                                legalBasis: string | null;
                                problem: string;
                                ref: string;
                                title: string;
                            }[];
                            legalBasis: string;
                            reason: string;
                        } | null;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "correction" | "accepted" | "refused" | "concluded" | "delivered" | "withdrawn";
                        statusName: string;
                        submittedAt: string | null;
                        submittedBy: string;
                        title: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplicationsByIdDocumentsByDocumentIdContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postApplicationsByIdGuideExceptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cited: string;
                    /** @enum {string} */
                    context: "correction" | "refusal" | "requestMore";
                    itemCode: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string;
                        caseId: string | null;
                        cited: string;
                        /** @enum {string} */
                        context: "correction" | "refusal" | "requestMore";
                        decidedAt: string | null;
                        decidedBy: string | null;
                        decisionNote: string | null;
                        departmentId: string;
                        id: string;
                        reason: string;
                        /** @description ISO 8601 时刻 */
                        requestedAt: string;
                        requestedBy: string;
                        /** @enum {string} */
                        status: "requested" | "approved" | "rejected";
                        usedAt: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplicationsByIdMaterials: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 没有“未提供”的必需材料 */
                        complete: boolean;
                        items: {
                            attachmentIds: string[];
                            itemCode: string;
                            itemName: string;
                            legalBasis: string;
                            /** @description 免提交：调用的电子证照 */
                            licence: {
                                id: string;
                                link: string;
                                type: string;
                                typeName: string | null;
                            } | null;
                            materialCode: string;
                            /** @description 在事项的容缺受理清单上 */
                            mayBeOwed: boolean;
                            name: string;
                            /** @description 容缺：补交期限与进展 */
                            pending: {
                                checkedAt: string | null;
                                dueDate: string;
                                lapsedAt: string | null;
                                receivedAt: string | null;
                            } | null;
                            /** @description 免提交：由本次办理的事项核发 */
                            producedBy: {
                                itemCode: string;
                                itemName: string;
                            } | null;
                            required: boolean;
                            /** @enum {string} */
                            state: "uploaded" | "reused" | "produced" | "pending" | "missing" | "notNeeded";
                            stateName: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postApplicationsByIdPendingMaterials: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    itemCode: string;
                    materialCode: string;
                    /** Format: uuid */
                    uploadId: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postApplicationsByIdPendingMaterialsCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accepted: boolean;
                    itemCode: string;
                    materialCode: string;
                    problem?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putApplicationsByIdPickup: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    /**
                     * @description window 窗口领取；post 邮寄
                     * @enum {string}
                     */
                    method: "window" | "post";
                    /**
                     * @description together 统一出件；each 逐项出件
                     * @enum {string}
                     */
                    mode: "together" | "each";
                    phone?: string | null;
                    recipient?: string | null;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplicationsByIdProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptedAt: string | null;
                        /** @description 申请人（脱敏） */
                        applicantName: string;
                        items: {
                            departmentName: string;
                            done: boolean;
                            dueOn: string | null;
                            itemName: string;
                            statusName: string;
                        }[];
                        number: string;
                        status: string;
                        statusName: string;
                        steps: {
                            at: string;
                            itemName: string | null;
                            text: string;
                        }[];
                        submittedAt: string | null;
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplicationsByIdRefusalNoticePdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postApplicationsByIdRefuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 异地代收代办：已核验申请人身份、已进行材料形式审查（本地区以外的窗口受理、补正告知、不予受理均须确认） */
                    checks?: {
                        formalCompleteness: boolean;
                        identity: boolean;
                    };
                    cited: {
                        itemCode: string;
                        /** @enum {string} */
                        kind: "material" | "condition" | "exception";
                        problem: string;
                        /** @description 材料代码、条件序号（从 1 起）或例外申请 id */
                        ref: string;
                    }[];
                    legalBasis: string;
                    reason: string;
                    /** @description 乐观锁版本号：与当前版本不符时返回 409 CONFLICT */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postApplicationsByIdRequestCorrection: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 异地代收代办：已核验申请人身份、已进行材料形式审查（本地区以外的窗口受理、补正告知、不予受理均须确认） */
                    checks?: {
                        formalCompleteness: boolean;
                        identity: boolean;
                    };
                    items: {
                        itemCode: string;
                        /** @enum {string} */
                        kind: "material" | "condition" | "exception";
                        problem: string;
                        /** @description 材料代码、条件序号（从 1 起）或例外申请 id */
                        ref: string;
                    }[];
                    /** @description 乐观锁版本号：与当前版本不符时返回 409 CONFLICT */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplicationsByIdSiteChecks: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            address: string;
                            cases: {
                                caseId: string;
                                departmentName: string | null;
                                itemName: string;
                                /** @description 核查情况 */
                                note: string | null;
                                recordedAt: string | null;
                                recordedBy: string | null;
                                result: ("pass" | "fail") | null;
                                /** @description 符合、不符合、待登记 */
                                resultName: string;
                            }[];
                            id: string;
                            /** @description 联合勘验：一次上门核查多个部门的事项 */
                            joint: boolean;
                            /** @description ISO 8601 时刻 */
                            requestedAt: string;
                            /** @description 发起核查的审核人员 */
                            requestedBy: string | null;
                            /** @description ISO 8601 时刻 */
                            scheduledFor: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postApplicationsByIdSubmit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getApplicationsByIdTimeline: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actionName: string;
                            actor: {
                                id: string | null;
                                name: string;
                            };
                            after: string | null;
                            /** @description ISO 8601 时刻 */
                            at: string;
                            before: string | null;
                            caseId: string | null;
                            /** @description 事件记录的数据：个人信息按类别脱敏 */
                            data: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            reason: string | null;
                            seq: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postApplicationsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string | null;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAuthCodes: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 手机号码（中国大陆 11 位） */
                    phone: string;
                    /** @enum {string} */
                    purpose: "signup" | "login" | "reset";
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 验证码有效秒数 */
                        expiresInSeconds: number;
                        sent: boolean;
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAuthDemoAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: {
                            name: string;
                            note?: string;
                            roleNames: string[];
                            roleNamesEn: string[];
                            username: string;
                        }[];
                        password: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 密码 */
                    password: string;
                    /** @description 用户名 */
                    username: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 会话到期时刻（ISO 8601） */
                        expiresAt: string;
                        /** @description 会话令牌：Authorization: Bearer <token> */
                        token: string;
                        user: components["schemas"]["User"];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAuthLoginCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 短信验证码 */
                    code: string;
                    /** @description 手机号码（中国大陆 11 位） */
                    phone: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 会话到期时刻（ISO 8601） */
                        expiresAt: string;
                        /** @description 会话令牌：Authorization: Bearer <token> */
                        token: string;
                        user: components["schemas"]["User"];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAuthOidc: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        name: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAuthOidcCallback: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                state?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 登录完成（已设置会话 Cookie），转回登录前的本站页面；失败时转到登录页并说明原因 */
            302: {
                headers: {
                    /** @description 转往的地址 */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAuthOidcStart: {
        parameters: {
            query?: {
                /** @description 登录后回到的本站页面 */
                returnTo?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 转到省统一身份认证平台的登录页 */
            302: {
                headers: {
                    /** @description 转往的地址 */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 短信验证码 */
                    code: string;
                    /** @description 密码（不回显、不记录） */
                    password: string;
                    /** @description 手机号码（中国大陆 11 位） */
                    phone: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAuthSignup: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 短信验证码 */
                    code: string;
                    /**
                     * @default citizen
                     * @enum {string}
                     */
                    kind?: "citizen" | "business";
                    /** @description 姓名（企业为经办人或法定代表人姓名） */
                    name: string;
                    /** @description 企业（单位）名称 */
                    orgName?: string | null;
                    /** @description 密码（不回显、不记录） */
                    password: string;
                    /** @description 手机号码（中国大陆 11 位） */
                    phone: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 会话到期时刻（ISO 8601） */
                        expiresAt: string;
                        /** @description 会话令牌：Authorization: Bearer <token> */
                        token: string;
                        user: components["schemas"]["User"];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAuthorisations: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AgentAuthorisation"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAuthorisations: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 代办人：帮代办员的用户名，或个人用户的手机号码 */
                    agent: string;
                    /** @default [] */
                    bundleCodes?: string[];
                    /** @default [] */
                    itemCodes?: string[];
                    validFrom?: string | null;
                    /** Format: date */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentAuthorisation"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postAuthorisationsByIdRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentAuthorisation"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getAuthorisationsFilings: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            agentName: string;
                            authorisationId: string | null;
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "correction" | "accepted" | "refused" | "concluded" | "delivered" | "withdrawn";
                            statusName: string;
                            /** @description ISO 8601 时刻 */
                            submittedAt: string;
                            title: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getBills: {
        parameters: {
            query?: {
                status?: "unpaid" | "paid" | "exempt" | "cancelled" | "refunding" | "refunded";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bills: components["schemas"]["Bill"][];
                        unpaidCount: number;
                        unpaidTotalText: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getBillsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bill"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postBillsByIdCounterPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    method: "cash" | "pos";
                    /** @description POS 凭条号 */
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bill"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postBillsByIdPay: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        orderNo: string;
                        /** @description 统一公共支付平台的支付页 */
                        payUrl: string;
                        /** @description 支付页地址的二维码（SVG），手机扫码支付 */
                        qrSvg: string;
                        /** @description 沙箱支付平台（不发生真实扣款） */
                        sandbox: boolean;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getBillsByIdReceiptPdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getBusinessHandlers: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            grantedAt: string;
                            /** Format: uuid */
                            id: string;
                            idNumberMasked: string | null;
                            itemCodes: string[] | null;
                            name: string;
                            orgName: string | null;
                            phoneMasked: string | null;
                            revokedAt: string | null;
                            revokeReason: string | null;
                            /** @enum {string} */
                            status: "live" | "expired" | "revoked";
                            statusName: string;
                            uscc: string;
                            validUntil: string;
                        }[];
                        verified: boolean;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postBusinessHandlers: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 经办人公民身份号码 */
                    idNumber: string;
                    /** @description 授权办理的事项编码；null 为全部事项 */
                    itemCodes: string[] | null;
                    /** @description 经办人姓名 */
                    name: string;
                    phone?: string | null;
                    /**
                     * @description 理由（记入审计日志）
                     * @default 法定代表人授权
                     */
                    reason?: string;
                    /**
                     * Format: date
                     * @description 授权截止日期（含当日）
                     */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        grantedAt: string;
                        /** Format: uuid */
                        id: string;
                        idNumberMasked: string | null;
                        itemCodes: string[] | null;
                        name: string;
                        orgName: string | null;
                        phoneMasked: string | null;
                        revokedAt: string | null;
                        revokeReason: string | null;
                        /** @enum {string} */
                        status: "live" | "expired" | "revoked";
                        statusName: string;
                        uscc: string;
                        validUntil: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postBusinessHandlersByIdRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由（记入审计日志） */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        grantedAt: string;
                        /** Format: uuid */
                        id: string;
                        idNumberMasked: string | null;
                        itemCodes: string[] | null;
                        name: string;
                        orgName: string | null;
                        phoneMasked: string | null;
                        revokedAt: string | null;
                        revokeReason: string | null;
                        /** @enum {string} */
                        status: "live" | "expired" | "revoked";
                        statusName: string;
                        uscc: string;
                        validUntil: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getBusinessHandlersHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            /** @description 授权、撤销 … */
                            actionName: string;
                            at: string;
                            /** @description 经办人姓名 */
                            name: string | null;
                            reason: string | null;
                            seq: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getBusinessHandlingFor: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            grantedAt: string;
                            /** Format: uuid */
                            id: string;
                            idNumberMasked: string | null;
                            itemCodes: string[] | null;
                            name: string;
                            orgName: string | null;
                            phoneMasked: string | null;
                            revokedAt: string | null;
                            revokeReason: string | null;
                            /** @enum {string} */
                            status: "live" | "expired" | "revoked";
                            statusName: string;
                            uscc: string;
                            validUntil: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCalendarBetween: {
        parameters: {
            query: {
                from: string;
                /** @description 行政区划代码 */
                regionCode?: string;
                to: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 所跨年度尚无节假日安排：结果按法定节假日与周一至周五推算 */
                        calendarMissing: boolean;
                        /** @description 所用日历的版本（可据此复算） */
                        calendarVersion: string;
                        /** @description 工作日数（止日早于起日时为负） */
                        days: number;
                        missingYears: number[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCalendarChanges: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            /** @enum {string} */
                            kind: "import-year" | "add-regional-day-off" | "remove-regional-day-off";
                            regionCode: string | null;
                            revision: number;
                            summary: string;
                            year: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCalendarCoverage: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        warning: {
                            /** @enum {string} */
                            code: "NEXT_YEAR_CALENDAR_MISSING";
                            message: string;
                            year: number;
                        } | null;
                        years: {
                            origin: string;
                            /** @enum {string} */
                            source: "official" | "import";
                            year: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCalendarDays: {
        parameters: {
            query: {
                from: string;
                /** @description 行政区划代码 */
                regionCode?: string;
                to: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 所用日历的版本（可据此复算） */
                        calendarVersion: string;
                        days: components["schemas"]["CalendarDay"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCalendarDue: {
        parameters: {
            query: {
                /** @description 受理日期 */
                acceptedOn: string;
                immediate?: "true" | "false";
                /** @description 行政区划代码 */
                regionCode?: string;
                workingDays: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 所跨年度尚无节假日安排：结果按法定节假日与周一至周五推算 */
                        calendarMissing: boolean;
                        /** @description 所用日历的版本（可据此复算） */
                        calendarVersion: string;
                        /** @description 到期日 YYYY-MM-DD */
                        dueOn: string;
                        missingYears: number[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCalendarImports: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description 国务院办公厅放假安排（JSON） */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 放假天数 */
                        holidays: number;
                        revision: number;
                        /** @description 与已有安排相同，未产生新版本 */
                        unchanged: boolean;
                        version: string;
                        /** @description 调休上班天数 */
                        workdays: number;
                        year: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            413: components["responses"]["E413"];
            415: components["responses"]["E415"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCalendarRegionalDaysOff: {
        parameters: {
            query?: {
                /** @description 行政区划代码 */
                regionCode?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            date: string;
                            name: string;
                            regionCode: string;
                            revision: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCalendarRegionalDaysOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date: string;
                    name: string;
                    /** @description 行政区划代码 */
                    regionCode: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 变更后的日历版本号 */
                        revision: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    deleteCalendarRegionalDaysOffByRegionCodeByDate: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                date: string;
                /** @description 行政区划代码 */
                regionCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 变更后的日历版本号 */
                        revision: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCases: {
        parameters: {
            query?: {
                all?: "true" | "false";
                limit?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            applicantName: string;
                            applicationId: string;
                            authorisedToWindow: boolean;
                            commitment: {
                                [key: string]: unknown;
                            } | null;
                            deadline: {
                                /** @description 办理人（null：部门待办队列） */
                                assigneeId: string | null;
                                calendarMissing: boolean;
                                colour: ("green" | "yellow" | "red" | "suspended" | "closed") | null;
                                dueOn: string | null;
                                extensionDays: number;
                                /** @description 暂停计时的期间（补正、特别程序等），不计入办理时限 */
                                pauses: {
                                    from: string;
                                    kind: string;
                                    kindName: string;
                                    reason: string | null;
                                    to: string | null;
                                }[];
                                status: string;
                                statusName: string;
                                suspensions: number;
                                workingDays: number;
                            } | null;
                            decidedOnPlatform: boolean;
                            decision: {
                                /** @description ISO 8601 时刻 */
                                at: string;
                                by: string | null;
                                byRule: {
                                    [key: string]: unknown;
                                } | null;
                                reasons: string | null;
                                /** @enum {string} */
                                result: "approved" | "denied";
                                withoutReview: boolean;
                            } | null;
                            deliveredAt: string | null;
                            department: {
                                code: string;
                                id: string;
                                name: string;
                                regionCode: string;
                            } | null;
                            dependsOn: string[];
                            id: string;
                            immediate: boolean;
                            itemCode: string;
                            itemName: string;
                            itemVersionId: string;
                            licenceId: string | null;
                            /** @enum {string} */
                            mode: "standard" | "commitment" | "auto";
                            moreRequest: {
                                items: {
                                    itemCode: string;
                                    /** @enum {string} */
                                    kind: "material" | "condition" | "exception";
                                    legalBasis: string | null;
                                    problem: string;
                                    ref: string;
                                    title: string;
                                }[];
                                requestedAt: string;
                                requestedBy: string;
                            } | null;
                            number: string;
                            promisedDays: number;
                            reviewedAt: string | null;
                            siteCheckId: string | null;
                            /** @description 特别程序（听证、检验检测、专家评审等）：期间不计入办理时限 */
                            specialProcedures: {
                                endedAt: string | null;
                                id: string;
                                kind: string;
                                kindName: string;
                                outcome: string | null;
                                plannedEnd: string | null;
                                reason: string;
                                /** @description ISO 8601 时刻 */
                                startedAt: string;
                            }[];
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "blocked" | "accepted" | "reviewing" | "siteCheck" | "correction" | "approved" | "denied" | "cancelled";
                            statusName: string;
                            title: string;
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCasesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCasesByIdDecide: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "deny";
                    reasons: string;
                    /** @description 乐观锁版本号：与当前版本不符时返回 409 CONFLICT */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCasesByIdExtend: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    workingDays: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dueOn: string | null;
                        extensionDays: number;
                        totalWorkingDays: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCasesByIdRequestMore: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        itemCode: string;
                        /** @enum {string} */
                        kind: "material" | "condition" | "exception";
                        problem: string;
                        /** @description 材料代码、条件序号（从 1 起）或例外申请 id */
                        ref: string;
                    }[];
                    /** @description 乐观锁版本号：与当前版本不符时返回 409 CONFLICT */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCasesByIdReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                    /** @description 乐观锁版本号：与当前版本不符时返回 409 CONFLICT */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCasesByIdSpecialProcedures: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 听证 hearing · 招标拍卖 tender · 检验检测检疫 testing · 鉴定 appraisal · 专家评审 expertReview
                     * @enum {string}
                     */
                    kind: "hearing" | "tender" | "testing" | "appraisal" | "expertReview";
                    /** @description 预计结束日期 */
                    plannedEnd?: string | null;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCasesByIdSpecialProceduresEnd: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    outcome: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCasesByIdSupplyMore: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    attachments?: {
                        /** @description 该文件满足的全部材料 */
                        materials: {
                            itemCode: string;
                            materialCode: string;
                        }[];
                        /**
                         * Format: uuid
                         * @description POST /api/v1/files 返回的文件 id
                         */
                        uploadId: string;
                    }[];
                    form?: {
                        [key: string]: unknown;
                    };
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogAbolishedCertificates: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AbolishedCertificate"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putCatalogAbolishedCertificatesByCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    abolishedOn: string;
                    /** @default [] */
                    aliases?: string[];
                    basis: string;
                    code: string;
                    how: string;
                    /** @default null */
                    licenceType?: string | null;
                    name: string;
                    /** @enum {string} */
                    replacedBy: "dataCheck" | "commitment" | "licenceReuse";
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbolishedCertificate"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogBundleVersionsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleVersion"];
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putCatalogBundleVersionsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    audience: "citizen" | "enterprise" | "both";
                    code: string;
                    description: string;
                    /** @default [] */
                    keywords?: string[];
                    members: {
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default [] */
                        dependsOn?: {
                            /** @default null */
                            element?: string | null;
                            itemCode: string;
                            /** @default null */
                            licenceType?: string | null;
                            reason: string;
                        }[];
                        itemCode: string;
                        /** @default  */
                        note?: string;
                        /** @default null */
                        stage?: string | null;
                    }[];
                    name: string;
                    place: string;
                    promisedDays: number;
                    /** @default null */
                    promisedHours?: number | null;
                    /** @default [] */
                    questions?: {
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default null */
                        dataElement?: string | null;
                        /** @default  */
                        help?: string;
                        key: string;
                        /** @default [] */
                        options?: {
                            label: string;
                            value: string;
                        }[];
                        text: string;
                        /** @enum {string} */
                        type: "yesNo" | "choice" | "number";
                        /** @default  */
                        unit?: string;
                    }[];
                    /** @default [] */
                    stages?: {
                        key: string;
                        name: string;
                        promisedDays: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleVersion"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCatalogBundleVersionsByIdPublish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由，记入审计日志 */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleVersion"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogBundles: {
        parameters: {
            query?: {
                audience?: "citizen" | "enterprise";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BundleSummary"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCatalogBundles: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    audience: "citizen" | "enterprise" | "both";
                    code: string;
                    description: string;
                    /** @default [] */
                    keywords?: string[];
                    members: {
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default [] */
                        dependsOn?: {
                            /** @default null */
                            element?: string | null;
                            itemCode: string;
                            /** @default null */
                            licenceType?: string | null;
                            reason: string;
                        }[];
                        itemCode: string;
                        /** @default  */
                        note?: string;
                        /** @default null */
                        stage?: string | null;
                    }[];
                    name: string;
                    place: string;
                    promisedDays: number;
                    /** @default null */
                    promisedHours?: number | null;
                    /** @default [] */
                    questions?: {
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default null */
                        dataElement?: string | null;
                        /** @default  */
                        help?: string;
                        key: string;
                        /** @default [] */
                        options?: {
                            label: string;
                            value: string;
                        }[];
                        text: string;
                        /** @enum {string} */
                        type: "yesNo" | "choice" | "number";
                        /** @default  */
                        unit?: string;
                    }[];
                    /** @default [] */
                    stages?: {
                        key: string;
                        name: string;
                        promisedDays: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleVersion"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogBundlesByCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleDetail"];
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCatalogBundlesByCodeDrafts: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    audience: "citizen" | "enterprise" | "both";
                    code: string;
                    description: string;
                    /** @default [] */
                    keywords?: string[];
                    members: {
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default [] */
                        dependsOn?: {
                            /** @default null */
                            element?: string | null;
                            itemCode: string;
                            /** @default null */
                            licenceType?: string | null;
                            reason: string;
                        }[];
                        itemCode: string;
                        /** @default  */
                        note?: string;
                        /** @default null */
                        stage?: string | null;
                    }[];
                    name: string;
                    place: string;
                    promisedDays: number;
                    /** @default null */
                    promisedHours?: number | null;
                    /** @default [] */
                    questions?: {
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default null */
                        dataElement?: string | null;
                        /** @default  */
                        help?: string;
                        key: string;
                        /** @default [] */
                        options?: {
                            label: string;
                            value: string;
                        }[];
                        text: string;
                        /** @enum {string} */
                        type: "yesNo" | "choice" | "number";
                        /** @default  */
                        unit?: string;
                    }[];
                    /** @default [] */
                    stages?: {
                        key: string;
                        name: string;
                        promisedDays: number;
                    }[];
                } | null;
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleVersion"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogBundlesByCodeHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actionName: string;
                            actor: {
                                id: string | null;
                                name: string;
                            };
                            after: {
                                status?: string;
                                version: number;
                                versionId: string;
                            } | null;
                            at: string;
                            before: {
                                status?: string;
                                version: number;
                                versionId: string;
                            } | null;
                            hash: string;
                            reason: string | null;
                            seq: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCatalogBundlesByCodeRetire: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 精简方式：abolish 取消、delegate 下放、merge 合并、toFiling 改备案、entrust 委托
                     * @enum {string}
                     */
                    action: "abolish" | "delegate" | "merge" | "toFiling" | "entrust";
                    /** @description 依据（文件名称与文号） */
                    basis: string;
                    /** @description 合并时：并入的一件事 */
                    mergedInto?: string;
                    /** @description 说明 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "abolish" | "delegate" | "merge" | "toFiling" | "entrust";
                        actionName: string;
                        /** @description 依据 */
                        basis: string;
                        daysReduced: number;
                        departmentName: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @description 事项或一件事的编码 */
                        itemCode: string;
                        itemName: string;
                        materialsReduced: number;
                        /** @description 合并时并入的事项或一件事 */
                        mergedInto: string | null;
                        /** @description 日期（北京时间） */
                        on: string;
                        reason: string;
                        /** @description 下放、委托时的承接单位 */
                        receivingDepartmentName: string | null;
                        /** @description 是否已从目录中废止 */
                        retired: boolean;
                        /** @description 已废止或仍在目录中 */
                        retiredName: string;
                        stepsReduced: number;
                        /**
                         * @description item 事项；bundle 一件事
                         * @enum {string}
                         */
                        subject: "item" | "bundle";
                        /** @description 事项或一件事 */
                        subjectName: string;
                        year: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogBundlesByCodeVersions: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BundleSummary"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogDataElements: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DataElement"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putCatalogDataElementsByCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @default  */
                    description?: string;
                    /** @default null */
                    max?: number | null;
                    /** @default null */
                    maxLength?: number | null;
                    /** @default null */
                    min?: number | null;
                    name: string;
                    /** @default [] */
                    options?: string[];
                    /** @enum {string} */
                    personal?: "idNumber" | "phone" | "address" | "name" | "none";
                    /** @enum {string} */
                    type: "text" | "uscc" | "idNumber" | "phone" | "date" | "number" | "enum" | "address";
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataElement"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogExport: {
        parameters: {
            query?: {
                format?: "xlsx" | "json";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCatalogImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description 事项目录工作簿（.xlsx）或 JSON */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abolishedCertificates: number;
                        bundles: {
                            created: number;
                            unchanged: number;
                            updated: number;
                        };
                        dataElements: number;
                        items: {
                            created: number;
                            unchanged: number;
                            updated: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            413: components["responses"]["E413"];
            415: components["responses"]["E415"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogImports: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actionName: string;
                            actor: {
                                id: string | null;
                                name: string;
                            };
                            after: {
                                status?: string;
                                version: number;
                                versionId: string;
                            } | null;
                            at: string;
                            before: {
                                status?: string;
                                version: number;
                                versionId: string;
                            } | null;
                            hash: string;
                            reason: string | null;
                            seq: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogItemVersionsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemVersion"];
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putCatalogItemVersionsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default both
                     * @enum {string}
                     */
                    applicantType?: "citizen" | "enterprise" | "both";
                    authorisedToWindow: boolean;
                    /** @default null */
                    autoApproval?: {
                        description: string;
                        rule: components["schemas"]["ConditionInput"];
                    } | null;
                    code: string;
                    /** @default false */
                    commitmentAllowed?: boolean;
                    /** @default null */
                    commitmentText?: string | null;
                    /** @default [] */
                    conditions?: string[];
                    decidedOnPlatform: boolean;
                    /** @default false */
                    deliveryAfterPayment?: boolean;
                    departmentCode: string;
                    /**
                     * @default decision
                     * @enum {string}
                     */
                    feeCharged?: "acceptance" | "decision";
                    /** @default [] */
                    fees?: {
                        amount: number;
                        basis: string;
                        name: string;
                        /** @default 元 */
                        unit?: string;
                    }[];
                    /** @default [] */
                    formFields?: {
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default null */
                        element?: string | null;
                        key: string;
                        label: string;
                        /** @default [] */
                        options?: string[];
                        /** @enum {string} */
                        personal?: "idNumber" | "phone" | "address" | "name" | "none";
                        /** @default true */
                        required?: boolean;
                        /** @default null */
                        type?: ("text" | "uscc" | "idNumber" | "phone" | "date" | "number" | "enum" | "address") | null;
                    }[];
                    /** @enum {string} */
                    handling: "immediate" | "promised";
                    /** @default null */
                    implementationCode?: string | null;
                    /** @default [] */
                    keywords?: string[];
                    /** @enum {string} */
                    kind: "licence" | "confirmation" | "filing" | "benefit" | "adjudication" | "award" | "other" | "publicService";
                    legalBasis: string;
                    legalDays: number;
                    /**
                     * @default county
                     * @enum {string}
                     */
                    level?: "national" | "province" | "city" | "county" | "township" | "village";
                    /** @default [] */
                    materials?: {
                        code: string;
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default 1 */
                        count?: number;
                        /** @enum {string} */
                        form: "original" | "copy" | "originalAndCopy" | "electronic";
                        legalBasis: string;
                        name: string;
                        /** @default  */
                        note?: string;
                        required: boolean;
                        /** @default [] */
                        satisfiedByElements?: string[];
                        /** @default null */
                        satisfiedByLicence?: string | null;
                    }[];
                    name: string;
                    /** @default 法定工作日 上午 8:00—12:00，下午 14:30—17:30 */
                    officeHours?: string;
                    onlineCapable: boolean;
                    /** @default [] */
                    pendingAllowed?: string[];
                    /**
                     * @default deny
                     * @enum {string}
                     */
                    pendingLapse?: "deny" | "revoke";
                    /** @default  */
                    phone?: string;
                    place: string;
                    /** @default null */
                    producesLicenceType?: string | null;
                    promisedDays: number;
                    /** @default null */
                    realNameLevel?: ("phone" | "provider" | "counter") | null;
                    /** @default [] */
                    steps?: {
                        description: string;
                        name: string;
                    }[];
                    visitsNeeded: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemVersion"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCatalogItemVersionsByIdPublish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 生效日期（北京时间，YYYY-MM-DD）：今天或不填即时发布；以后的日期到期自动生效
                     */
                    effectiveOn?: string;
                    /** @description 理由，记入审计日志 */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemVersion"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogItems: {
        parameters: {
            query?: {
                department?: string;
                kind?: string;
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ItemSummary"][];
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCatalogItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default both
                     * @enum {string}
                     */
                    applicantType?: "citizen" | "enterprise" | "both";
                    authorisedToWindow: boolean;
                    /** @default null */
                    autoApproval?: {
                        description: string;
                        rule: components["schemas"]["ConditionInput"];
                    } | null;
                    code: string;
                    /** @default false */
                    commitmentAllowed?: boolean;
                    /** @default null */
                    commitmentText?: string | null;
                    /** @default [] */
                    conditions?: string[];
                    decidedOnPlatform: boolean;
                    /** @default false */
                    deliveryAfterPayment?: boolean;
                    departmentCode: string;
                    /**
                     * @default decision
                     * @enum {string}
                     */
                    feeCharged?: "acceptance" | "decision";
                    /** @default [] */
                    fees?: {
                        amount: number;
                        basis: string;
                        name: string;
                        /** @default 元 */
                        unit?: string;
                    }[];
                    /** @default [] */
                    formFields?: {
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default null */
                        element?: string | null;
                        key: string;
                        label: string;
                        /** @default [] */
                        options?: string[];
                        /** @enum {string} */
                        personal?: "idNumber" | "phone" | "address" | "name" | "none";
                        /** @default true */
                        required?: boolean;
                        /** @default null */
                        type?: ("text" | "uscc" | "idNumber" | "phone" | "date" | "number" | "enum" | "address") | null;
                    }[];
                    /** @enum {string} */
                    handling: "immediate" | "promised";
                    /** @default null */
                    implementationCode?: string | null;
                    /** @default [] */
                    keywords?: string[];
                    /** @enum {string} */
                    kind: "licence" | "confirmation" | "filing" | "benefit" | "adjudication" | "award" | "other" | "publicService";
                    legalBasis: string;
                    legalDays: number;
                    /**
                     * @default county
                     * @enum {string}
                     */
                    level?: "national" | "province" | "city" | "county" | "township" | "village";
                    /** @default [] */
                    materials?: {
                        code: string;
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default 1 */
                        count?: number;
                        /** @enum {string} */
                        form: "original" | "copy" | "originalAndCopy" | "electronic";
                        legalBasis: string;
                        name: string;
                        /** @default  */
                        note?: string;
                        required: boolean;
                        /** @default [] */
                        satisfiedByElements?: string[];
                        /** @default null */
                        satisfiedByLicence?: string | null;
                    }[];
                    name: string;
                    /** @default 法定工作日 上午 8:00—12:00，下午 14:30—17:30 */
                    officeHours?: string;
                    onlineCapable: boolean;
                    /** @default [] */
                    pendingAllowed?: string[];
                    /**
                     * @default deny
                     * @enum {string}
                     */
                    pendingLapse?: "deny" | "revoke";
                    /** @default  */
                    phone?: string;
                    place: string;
                    /** @default null */
                    producesLicenceType?: string | null;
                    promisedDays: number;
                    /** @default null */
                    realNameLevel?: ("phone" | "provider" | "counter") | null;
                    /** @default [] */
                    steps?: {
                        description: string;
                        name: string;
                    }[];
                    visitsNeeded: number;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemVersion"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogItemsByCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemVersion"];
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCatalogItemsByCodeDrafts: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default both
                     * @enum {string}
                     */
                    applicantType?: "citizen" | "enterprise" | "both";
                    authorisedToWindow: boolean;
                    /** @default null */
                    autoApproval?: {
                        description: string;
                        rule: components["schemas"]["ConditionInput"];
                    } | null;
                    code: string;
                    /** @default false */
                    commitmentAllowed?: boolean;
                    /** @default null */
                    commitmentText?: string | null;
                    /** @default [] */
                    conditions?: string[];
                    decidedOnPlatform: boolean;
                    /** @default false */
                    deliveryAfterPayment?: boolean;
                    departmentCode: string;
                    /**
                     * @default decision
                     * @enum {string}
                     */
                    feeCharged?: "acceptance" | "decision";
                    /** @default [] */
                    fees?: {
                        amount: number;
                        basis: string;
                        name: string;
                        /** @default 元 */
                        unit?: string;
                    }[];
                    /** @default [] */
                    formFields?: {
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default null */
                        element?: string | null;
                        key: string;
                        label: string;
                        /** @default [] */
                        options?: string[];
                        /** @enum {string} */
                        personal?: "idNumber" | "phone" | "address" | "name" | "none";
                        /** @default true */
                        required?: boolean;
                        /** @default null */
                        type?: ("text" | "uscc" | "idNumber" | "phone" | "date" | "number" | "enum" | "address") | null;
                    }[];
                    /** @enum {string} */
                    handling: "immediate" | "promised";
                    /** @default null */
                    implementationCode?: string | null;
                    /** @default [] */
                    keywords?: string[];
                    /** @enum {string} */
                    kind: "licence" | "confirmation" | "filing" | "benefit" | "adjudication" | "award" | "other" | "publicService";
                    legalBasis: string;
                    legalDays: number;
                    /**
                     * @default county
                     * @enum {string}
                     */
                    level?: "national" | "province" | "city" | "county" | "township" | "village";
                    /** @default [] */
                    materials?: {
                        code: string;
                        /** @default null */
                        condition?: components["schemas"]["ConditionInput"] | null;
                        /** @default 1 */
                        count?: number;
                        /** @enum {string} */
                        form: "original" | "copy" | "originalAndCopy" | "electronic";
                        legalBasis: string;
                        name: string;
                        /** @default  */
                        note?: string;
                        required: boolean;
                        /** @default [] */
                        satisfiedByElements?: string[];
                        /** @default null */
                        satisfiedByLicence?: string | null;
                    }[];
                    name: string;
                    /** @default 法定工作日 上午 8:00—12:00，下午 14:30—17:30 */
                    officeHours?: string;
                    onlineCapable: boolean;
                    /** @default [] */
                    pendingAllowed?: string[];
                    /**
                     * @default deny
                     * @enum {string}
                     */
                    pendingLapse?: "deny" | "revoke";
                    /** @default  */
                    phone?: string;
                    place: string;
                    /** @default null */
                    producesLicenceType?: string | null;
                    promisedDays: number;
                    /** @default null */
                    realNameLevel?: ("phone" | "provider" | "counter") | null;
                    /** @default [] */
                    steps?: {
                        description: string;
                        name: string;
                    }[];
                    visitsNeeded: number;
                } | null;
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemVersion"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putCatalogItemsByCodeEnglish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 英文办理条件，按指南中的顺序
                     * @default []
                     */
                    conditions?: string[];
                    /** @description 英文名称 */
                    name: string;
                    reason?: string;
                    /**
                     * @description 一段英文简介
                     * @default
                     */
                    summary?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 英文办理条件 */
                        conditions: string[];
                        /** @description 英文名称 */
                        name: string;
                        /** @description 一段英文简介 */
                        summary: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    deleteCatalogItemsByCodeEnglish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由，记入审计日志 */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description 已删除 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogItemsByCodeHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actionName: string;
                            actor: {
                                id: string | null;
                                name: string;
                            };
                            after: {
                                status?: string;
                                version: number;
                                versionId: string;
                            } | null;
                            at: string;
                            before: {
                                status?: string;
                                version: number;
                                versionId: string;
                            } | null;
                            hash: string;
                            reason: string | null;
                            seq: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCatalogItemsByCodeRetire: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 精简方式：abolish 取消、delegate 下放、merge 合并、toFiling 改备案、entrust 委托
                     * @enum {string}
                     */
                    action: "abolish" | "delegate" | "merge" | "toFiling" | "entrust";
                    /** @description 依据（文件名称与文号） */
                    basis: string;
                    /** @description 合并时：并入的事项 */
                    mergedInto?: string;
                    /** @description 说明 */
                    reason?: string;
                    /** @description 下放、委托时：承接单位的部门编码 */
                    receivingDepartmentCode?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "abolish" | "delegate" | "merge" | "toFiling" | "entrust";
                        actionName: string;
                        /** @description 依据 */
                        basis: string;
                        daysReduced: number;
                        departmentName: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @description 事项或一件事的编码 */
                        itemCode: string;
                        itemName: string;
                        materialsReduced: number;
                        /** @description 合并时并入的事项或一件事 */
                        mergedInto: string | null;
                        /** @description 日期（北京时间） */
                        on: string;
                        reason: string;
                        /** @description 下放、委托时的承接单位 */
                        receivingDepartmentName: string | null;
                        /** @description 是否已从目录中废止 */
                        retired: boolean;
                        /** @description 已废止或仍在目录中 */
                        retiredName: string;
                        stepsReduced: number;
                        /**
                         * @description item 事项；bundle 一件事
                         * @enum {string}
                         */
                        subject: "item" | "bundle";
                        /** @description 事项或一件事 */
                        subjectName: string;
                        year: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogItemsByCodeVersions: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ItemSummary"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogPopular: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            subject: "item" | "bundle";
                            uses: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogSearch: {
        parameters: {
            query: {
                limit?: number;
                q: string;
                subject?: "item" | "bundle";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            department: {
                                code: string;
                                id: string;
                                name: string;
                            } | null;
                            kindName: string | null;
                            name: string;
                            /** @description 名称 100、关键词 10、部门 1，逐词相加 */
                            score: number;
                            /**
                             * @description item 事项 · bundle 一件事
                             * @enum {string}
                             */
                            subject: "item" | "bundle";
                            /** @description 已提交的办件数（事项按子件、一件事按办件） */
                            uses: number;
                            versionId: string;
                            /** @description 经由哪个同义词找到（如“开饭店”），直接找到的为 null */
                            via: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogStatisticsAuthorisedShare: {
        parameters: {
            query?: {
                region?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        departments: {
                            authorisedToWindow: number;
                            decidedOnPlatform: number;
                            department: {
                                code: string;
                                id: string;
                                name: string;
                            };
                            fully: number;
                            items: number;
                            /** @description 百分比，两位小数 */
                            share: number;
                        }[];
                        overall: {
                            authorisedToWindow: number;
                            decidedOnPlatform: number;
                            fully: number;
                            items: number;
                            /** @description 百分比，两位小数 */
                            share: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCatalogSynonyms: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            target: string;
                            term: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putCatalogSynonymsByTerm: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description 群众常用说法，如“开饭店” */
                term: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                    /** @description 目录中的名称或关键词，如“开餐饮店” */
                    target: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        target: string;
                        term: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    deleteCatalogSynonymsByTerm: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                term: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由，记入审计日志 */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description 已删除 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCommitmentChecks: {
        parameters: {
            query?: {
                status?: "open" | "confirmed" | "breached";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            caseId: string;
                            /** @description ISO 8601 时刻 */
                            createdAt: string;
                            deadline: {
                                colour: string | null;
                                status: string;
                            } | null;
                            doneAt: string | null;
                            /** @description 核查期限（工作日计算） */
                            dueOn: string | null;
                            id: string;
                            itemName: string;
                            licenceAction: ("suspend" | "revoke") | null;
                            licenceId: string | null;
                            note: string | null;
                            number: string;
                            status: string;
                            statusName: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCommitmentChecksByIdClose: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 核查不实时对据此发放的证照：suspend 责令整改并暂停；revoke 撤销（默认）
                     * @enum {string}
                     */
                    licenceAction?: "suspend" | "revoke";
                    note: string;
                    /** @enum {string} */
                    outcome: "confirmed" | "breached";
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 核查不实：对申请人作出的失信标记 */
                        creditFlag: {
                            /** @description ISO 8601 时刻 */
                            endsAt: string;
                            id: string;
                        } | null;
                        id: string;
                        /** @description 核查不实：对依承诺核发的证照的处理 */
                        licence: {
                            /** @enum {string} */
                            action: "suspend" | "revoke";
                            id: string;
                        } | null;
                        /** @enum {string} */
                        status: "confirmed" | "breached";
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCreditFlagAppeals: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            decidedAt: string | null;
                            decision: ("revoked" | "upheld") | null;
                            decisionNote: string | null;
                            /** @description ISO 8601 instant */
                            filedAt: string;
                            flag: components["schemas"]["CreditFlag"];
                            flagId: string;
                            id: string;
                            statement: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCreditFlagAppealsByIdDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description revoked 撤销标记 / upheld 维持
                     * @enum {string}
                     */
                    decision: "revoked" | "upheld";
                    note: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditFlagAppeal"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCreditFlags: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description 仅列出当前有效的标记 */
                standing?: "true" | "false";
                uscc?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CreditFlag"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCreditFlags: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 标记截止日期（含当日），缺省按规则一年
                     */
                    endsOn?: string;
                    /** @description 公民身份号码 */
                    idNumber?: string;
                    /** @description 失信事由 */
                    reason: string;
                    /** @description 企业或个人名称 */
                    subjectName: string;
                    /** @description 统一社会信用代码 */
                    uscc?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditFlag"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCreditFlagsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appeals: components["schemas"]["CreditFlagAppeal"][];
                        /** @description the instant the flag lapses */
                        endsAt: string;
                        /** @description the last day (Asia/Shanghai) the flag stands */
                        endsOn: string;
                        id: string;
                        /** @description citizen ID number: masked (431127********0329) unless the reader is the person or may raise flags */
                        idNumber: string | null;
                        reason: string;
                        revokedAt: string | null;
                        /** @enum {string} */
                        source: "inspection" | "commitment" | "manual";
                        sourceName: string;
                        sourceRef: string | null;
                        /** @description in force now */
                        standing: boolean;
                        /** @description ISO 8601 instant */
                        startsAt: string;
                        /** @enum {string} */
                        status: "active" | "revoked";
                        subjectName: string;
                        uscc: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCreditFlagsByIdAppeals: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 申诉理由 */
                    statement: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditFlagAppeal"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getCreditFlagsMine: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            appeals: components["schemas"]["CreditFlagAppeal"][];
                            /** @description the instant the flag lapses */
                            endsAt: string;
                            /** @description the last day (Asia/Shanghai) the flag stands */
                            endsOn: string;
                            id: string;
                            /** @description citizen ID number: masked (431127********0329) unless the reader is the person or may raise flags */
                            idNumber: string | null;
                            reason: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            source: "inspection" | "commitment" | "manual";
                            sourceName: string;
                            sourceRef: string | null;
                            /** @description in force now */
                            standing: boolean;
                            /** @description ISO 8601 instant */
                            startsAt: string;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            subjectName: string;
                            uscc: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postCreditFlagsSearch: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 公民身份号码（只放在请求体中，不进入网址和日志） */
                    idNumber?: string;
                    /** @default 1 */
                    page?: number;
                    /** @default 20 */
                    pageSize?: number;
                    /** @description 仅列出当前有效的标记 */
                    standing?: boolean;
                    /** @description 统一社会信用代码 */
                    uscc?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CreditFlag"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getDelegations: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 赋权依据 */
                            basis: string;
                            /** @description 承接单位 */
                            delegate: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                regionCode: string;
                                regionName: string;
                            };
                            /** @description 赋权部门 */
                            department: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            item: {
                                code: string;
                                name: string;
                            };
                            lastReviewedOn: string | null;
                            /** @enum {string} */
                            mode: "direct" | "entrusted" | "servicesForward" | "directReport";
                            /** @description 谁受理、谁决定 */
                            modeMeaning: string;
                            /** @description 赋权方式 */
                            modeName: string;
                            /** @description 下次回头看日期 */
                            nextReviewOn: string | null;
                            /** @description 回头看已到期 */
                            reviewDue: boolean;
                            reviewEveryDays: number;
                            reviews: {
                                /** @enum {string} */
                                conclusion: "keep" | "adjust" | "withdraw";
                                conclusionName: string;
                                findings: string;
                                reviewedOn: string;
                                reviewerName: string | null;
                                uses: number;
                            }[];
                            revokeReason: string | null;
                            /** @description 赋权范围 */
                            scope: string;
                            /** @enum {string} */
                            state: "pending" | "inForce" | "ended" | "revoked";
                            stateName: string;
                            /** @description 赋权后在承接单位申请的子件数 */
                            uses: number;
                            /** @description 起始日期（YYYY-MM-DD） */
                            validFrom: string;
                            /** @description 截止日期（YYYY-MM-DD） */
                            validUntil: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postDelegations: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 赋权依据（文件名称与文号） */
                    basis: string;
                    /** @description 承接单位（开发区管委会或乡镇）的部门编码 */
                    delegateDepartmentCode: string;
                    itemCode: string;
                    /** @enum {string} */
                    mode: "direct" | "entrusted" | "servicesForward" | "directReport";
                    reviewEveryDays?: number;
                    /** @description 赋权范围 */
                    scope: string;
                    /** Format: date */
                    validFrom: string;
                    /** Format: date */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 赋权依据 */
                        basis: string;
                        /** @description 承接单位 */
                        delegate: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            regionCode: string;
                            regionName: string;
                        };
                        /** @description 赋权部门 */
                        department: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        id: string;
                        item: {
                            code: string;
                            name: string;
                        };
                        lastReviewedOn: string | null;
                        /** @enum {string} */
                        mode: "direct" | "entrusted" | "servicesForward" | "directReport";
                        /** @description 谁受理、谁决定 */
                        modeMeaning: string;
                        /** @description 赋权方式 */
                        modeName: string;
                        /** @description 下次回头看日期 */
                        nextReviewOn: string | null;
                        /** @description 回头看已到期 */
                        reviewDue: boolean;
                        reviewEveryDays: number;
                        reviews: {
                            /** @enum {string} */
                            conclusion: "keep" | "adjust" | "withdraw";
                            conclusionName: string;
                            findings: string;
                            reviewedOn: string;
                            reviewerName: string | null;
                            uses: number;
                        }[];
                        revokeReason: string | null;
                        /** @description 赋权范围 */
                        scope: string;
                        /** @enum {string} */
                        state: "pending" | "inForce" | "ended" | "revoked";
                        stateName: string;
                        /** @description 赋权后在承接单位申请的子件数 */
                        uses: number;
                        /** @description 起始日期（YYYY-MM-DD） */
                        validFrom: string;
                        /** @description 截止日期（YYYY-MM-DD） */
                        validUntil: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postDelegationsByIdReviews: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    conclusion: "keep" | "adjust" | "withdraw";
                    findings: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 赋权依据 */
                        basis: string;
                        /** @description 承接单位 */
                        delegate: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            regionCode: string;
                            regionName: string;
                        };
                        /** @description 赋权部门 */
                        department: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        id: string;
                        item: {
                            code: string;
                            name: string;
                        };
                        lastReviewedOn: string | null;
                        /** @enum {string} */
                        mode: "direct" | "entrusted" | "servicesForward" | "directReport";
                        /** @description 谁受理、谁决定 */
                        modeMeaning: string;
                        /** @description 赋权方式 */
                        modeName: string;
                        /** @description 下次回头看日期 */
                        nextReviewOn: string | null;
                        /** @description 回头看已到期 */
                        reviewDue: boolean;
                        reviewEveryDays: number;
                        reviews: {
                            /** @enum {string} */
                            conclusion: "keep" | "adjust" | "withdraw";
                            conclusionName: string;
                            findings: string;
                            reviewedOn: string;
                            reviewerName: string | null;
                            uses: number;
                        }[];
                        revokeReason: string | null;
                        /** @description 赋权范围 */
                        scope: string;
                        /** @enum {string} */
                        state: "pending" | "inForce" | "ended" | "revoked";
                        stateName: string;
                        /** @description 赋权后在承接单位申请的子件数 */
                        uses: number;
                        /** @description 起始日期（YYYY-MM-DD） */
                        validFrom: string;
                        /** @description 截止日期（YYYY-MM-DD） */
                        validUntil: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postDelegationsByIdRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 赋权依据 */
                        basis: string;
                        /** @description 承接单位 */
                        delegate: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            regionCode: string;
                            regionName: string;
                        };
                        /** @description 赋权部门 */
                        department: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        id: string;
                        item: {
                            code: string;
                            name: string;
                        };
                        /** @enum {string} */
                        mode: "direct" | "entrusted" | "servicesForward" | "directReport";
                        /** @description 谁受理、谁决定 */
                        modeMeaning: string;
                        /** @description 赋权方式 */
                        modeName: string;
                        revokeReason: string | null;
                        /** @description 赋权范围 */
                        scope: string;
                        /** @enum {string} */
                        state: "pending" | "inForce" | "ended" | "revoked";
                        stateName: string;
                        /** @description 起始日期（YYYY-MM-DD） */
                        validFrom: string;
                        /** @description 截止日期（YYYY-MM-DD） */
                        validUntil: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getDelegationsReviewReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        byMode: {
                            count: number;
                            /** @enum {string} */
                            mode: "direct" | "entrusted" | "servicesForward" | "directReport";
                            modeName: string;
                            uses: number;
                        }[];
                        byState: {
                            count: number;
                            state: string;
                            stateName: string;
                        }[];
                        /** @description 回头看已到期的赋权 */
                        reviewDue: {
                            /** @description 赋权依据 */
                            basis: string;
                            /** @description 承接单位 */
                            delegate: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                regionCode: string;
                                regionName: string;
                            };
                            /** @description 赋权部门 */
                            department: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            item: {
                                code: string;
                                name: string;
                            };
                            lastReviewedOn: string | null;
                            /** @enum {string} */
                            mode: "direct" | "entrusted" | "servicesForward" | "directReport";
                            /** @description 谁受理、谁决定 */
                            modeMeaning: string;
                            /** @description 赋权方式 */
                            modeName: string;
                            /** @description 下次回头看日期 */
                            nextReviewOn: string | null;
                            /** @description 回头看已到期 */
                            reviewDue: boolean;
                            reviewEveryDays: number;
                            reviews: {
                                /** @enum {string} */
                                conclusion: "keep" | "adjust" | "withdraw";
                                conclusionName: string;
                                findings: string;
                                reviewedOn: string;
                                reviewerName: string | null;
                                uses: number;
                            }[];
                            revokeReason: string | null;
                            /** @description 赋权范围 */
                            scope: string;
                            /** @enum {string} */
                            state: "pending" | "inForce" | "ended" | "revoked";
                            stateName: string;
                            /** @description 赋权后在承接单位申请的子件数 */
                            uses: number;
                            /** @description 起始日期（YYYY-MM-DD） */
                            validFrom: string;
                            /** @description 截止日期（YYYY-MM-DD） */
                            validUntil: string;
                        }[];
                        total: number;
                        /** @description 生效 90 天以上仍无人申请的赋权（可能“接不住”或不需要） */
                        unused: {
                            /** @description 赋权依据 */
                            basis: string;
                            /** @description 承接单位 */
                            delegate: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                regionCode: string;
                                regionName: string;
                            };
                            /** @description 赋权部门 */
                            department: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            item: {
                                code: string;
                                name: string;
                            };
                            lastReviewedOn: string | null;
                            /** @enum {string} */
                            mode: "direct" | "entrusted" | "servicesForward" | "directReport";
                            /** @description 谁受理、谁决定 */
                            modeMeaning: string;
                            /** @description 赋权方式 */
                            modeName: string;
                            /** @description 下次回头看日期 */
                            nextReviewOn: string | null;
                            /** @description 回头看已到期 */
                            reviewDue: boolean;
                            reviewEveryDays: number;
                            reviews: {
                                /** @enum {string} */
                                conclusion: "keep" | "adjust" | "withdraw";
                                conclusionName: string;
                                findings: string;
                                reviewedOn: string;
                                reviewerName: string | null;
                                uses: number;
                            }[];
                            revokeReason: string | null;
                            /** @description 赋权范围 */
                            scope: string;
                            /** @enum {string} */
                            state: "pending" | "inForce" | "ended" | "revoked";
                            stateName: string;
                            /** @description 赋权后在承接单位申请的子件数 */
                            uses: number;
                            /** @description 起始日期（YYYY-MM-DD） */
                            validFrom: string;
                            /** @description 截止日期（YYYY-MM-DD） */
                            validUntil: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getDepartments: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            id: string;
                            name: string;
                            regionCode: string;
                            shortName: string;
                            uscc: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getDisclosureAnswerTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answerTypes: {
                            name: string;
                            /** @enum {string} */
                            type: "disclosed" | "partly-disclosed" | "not-held" | "not-disclosable";
                        }[];
                        maxExtensionDays: number;
                        /** @description legal grounds for withholding (条例 第十四至十六条) */
                        withholdingBases: {
                            article: string;
                            code: string;
                            text: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getDisclosureRequests: {
        parameters: {
            query?: {
                limit?: number;
                status?: "received" | "consulting" | "answered";
                year?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answer: {
                                /** @description ISO 8601 instant */
                                at: string;
                                legalBasis: string | null;
                                onTheSpot: boolean | null;
                                onTime: boolean | null;
                                text: string | null;
                                type: ("disclosed" | "partly-disclosed" | "not-held" | "not-disclosable") | null;
                                typeName: string;
                            } | null;
                            /** @description a citizen’s ID number is masked unless the reader is the applicant; an organisation’s code is public */
                            applicantIdCode: string | null;
                            /** @enum {string} */
                            applicantKind: "citizen" | "organisation";
                            applicantName: string;
                            /** @description masked unless the reader is the applicant */
                            applicantPhone: string | null;
                            deadline?: {
                                colour: ("green" | "yellow" | "red" | "suspended" | "closed") | null;
                                dueOn: string | null;
                                /** @enum {string} */
                                status: "open" | "suspended" | "closed";
                            } | null;
                            /** @enum {string} */
                            delivery: "online" | "email" | "post" | "pickup";
                            deliveryName: string;
                            departmentId: string;
                            description: string;
                            dueDate: string | null;
                            extension: {
                                /** @description ISO 8601 instant */
                                at: string;
                                reason: string | null;
                                workingDays: number | null;
                            } | null;
                            /** @enum {string} */
                            format: "paper" | "electronic";
                            formatName: string;
                            id: string;
                            number: string;
                            purpose: string | null;
                            /** @description ISO 8601 instant */
                            receivedAt: string;
                            /** @enum {string} */
                            status: "received" | "consulting" | "answered";
                            statusName: string;
                        }[];
                        /** @description counts of the register (staff only; null for an applicant) */
                        summary: {
                            answered: number;
                            byType: {
                                disclosed: number;
                                "not-disclosable": number;
                                "not-held": number;
                                "partly-disclosed": number;
                            };
                            extended: number;
                            onTheSpot: number;
                            onTime: number;
                            total: number;
                        } | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postDisclosureRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string;
                    applicantIdCode?: string;
                    /** @enum {string} */
                    applicantKind?: "citizen" | "organisation";
                    applicantName?: string;
                    /** @enum {string} */
                    delivery: "online" | "email" | "post" | "pickup";
                    /** Format: uuid */
                    departmentId?: string;
                    description: string;
                    /** @enum {string} */
                    format: "paper" | "electronic";
                    phone?: string;
                    purpose?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureRequest"];
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getDisclosureRequestsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            /** @description ISO 8601 instant */
                            at: string;
                            legalBasis: string | null;
                            onTheSpot: boolean | null;
                            onTime: boolean | null;
                            text: string | null;
                            type: ("disclosed" | "partly-disclosed" | "not-held" | "not-disclosable") | null;
                            typeName: string;
                        } | null;
                        /** @description a citizen’s ID number is masked unless the reader is the applicant; an organisation’s code is public */
                        applicantIdCode: string | null;
                        /** @enum {string} */
                        applicantKind: "citizen" | "organisation";
                        applicantName: string;
                        /** @description masked unless the reader is the applicant */
                        applicantPhone: string | null;
                        consultations: {
                            id: string;
                            note: string | null;
                            opinion: ("agrees" | "objects" | "no-reply") | null;
                            opinionName: string | null;
                            question: string;
                            repliedAt: string | null;
                            /** @description ISO 8601 instant */
                            sentAt: string;
                            thirdParty: string;
                        }[];
                        deadline: {
                            calendarMissing: boolean;
                            colour: ("green" | "yellow" | "red" | "suspended" | "closed") | null;
                            dueOn: string | null;
                            /** @enum {string} */
                            status: "open" | "suspended" | "closed";
                            suspensions: {
                                from: string;
                                /** @description ISO 8601 instant */
                                fromAt: string;
                                kind: string;
                                reason: string | null;
                                to: string | null;
                                toAt: string | null;
                            }[];
                            totalWorkingDays: number;
                        } | null;
                        /** @enum {string} */
                        delivery: "online" | "email" | "post" | "pickup";
                        deliveryName: string;
                        departmentId: string;
                        description: string;
                        dueDate: string | null;
                        extension: {
                            /** @description ISO 8601 instant */
                            at: string;
                            reason: string | null;
                            workingDays: number | null;
                        } | null;
                        /** @enum {string} */
                        format: "paper" | "electronic";
                        formatName: string;
                        id: string;
                        number: string;
                        purpose: string | null;
                        /** @description ISO 8601 instant */
                        receivedAt: string;
                        /** @enum {string} */
                        status: "received" | "consulting" | "answered";
                        statusName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postDisclosureRequestsByIdAnswer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    legalBasisCode?: string;
                    text: string;
                    /** @enum {string} */
                    type: "disclosed" | "partly-disclosed" | "not-held" | "not-disclosable";
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureRequest"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postDisclosureRequestsByIdConsultations: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    question: string;
                    thirdParty: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureRequest"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postDisclosureRequestsByIdConsultationsClose: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /** @enum {string} */
                    opinion: "agrees" | "objects" | "no-reply";
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureRequest"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postDisclosureRequestsByIdExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    workingDays: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureRequest"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getDrawingReviewsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        concludedAt: string | null;
                        departments: {
                            answered: boolean;
                            code: string;
                            name: string;
                        }[];
                        id: string;
                        /** @description 一次性合并告知的审查意见（本轮全部部门出具意见后） */
                        mergedNotice: string | null;
                        /** @description ISO 8601 instant */
                        openedAt: string;
                        opinions: {
                            /** @description ISO 8601 instant */
                            at: string;
                            department: string;
                            departmentCode: string;
                            opinion: string;
                            reviewer: string;
                            round: number;
                            /** @enum {string} */
                            verdict: "pass" | "revise" | "reject";
                            verdictName: string;
                        }[];
                        projectId: string;
                        revisionsLeft: number;
                        round: number;
                        /** @enum {string} */
                        status: "reviewing" | "revising" | "passed" | "failed";
                        statusName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getDrawingReviewsByIdNoticePdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postDrawingReviewsByIdOpinions: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    opinion: string;
                    /**
                     * @description pass 合格 · revise 需修改 · reject 不合格
                     * @enum {string}
                     */
                    verdict: "pass" | "revise" | "reject";
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        concludedAt: string | null;
                        departments: {
                            answered: boolean;
                            code: string;
                            name: string;
                        }[];
                        id: string;
                        /** @description 一次性合并告知的审查意见（本轮全部部门出具意见后） */
                        mergedNotice: string | null;
                        /** @description ISO 8601 instant */
                        openedAt: string;
                        opinions: {
                            /** @description ISO 8601 instant */
                            at: string;
                            department: string;
                            departmentCode: string;
                            opinion: string;
                            reviewer: string;
                            round: number;
                            /** @enum {string} */
                            verdict: "pass" | "revise" | "reject";
                            verdictName: string;
                        }[];
                        projectId: string;
                        revisionsLeft: number;
                        round: number;
                        /** @enum {string} */
                        status: "reviewing" | "revising" | "passed" | "failed";
                        statusName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postDrawingReviewsByIdRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description POST /api/v1/files 返回的文件 id（施工图一套） */
                    uploadIds: string[];
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        concludedAt: string | null;
                        departments: {
                            answered: boolean;
                            code: string;
                            name: string;
                        }[];
                        id: string;
                        /** @description 一次性合并告知的审查意见（本轮全部部门出具意见后） */
                        mergedNotice: string | null;
                        /** @description ISO 8601 instant */
                        openedAt: string;
                        opinions: {
                            /** @description ISO 8601 instant */
                            at: string;
                            department: string;
                            departmentCode: string;
                            opinion: string;
                            reviewer: string;
                            round: number;
                            /** @enum {string} */
                            verdict: "pass" | "revise" | "reject";
                            verdictName: string;
                        }[];
                        projectId: string;
                        revisionsLeft: number;
                        round: number;
                        /** @enum {string} */
                        status: "reviewing" | "revising" | "passed" | "failed";
                        statusName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getEnterprisesByUscc: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description 统一社会信用代码 */
                uscc: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseFile"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getEnterprisesMine: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseFile"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getEnterprisesMineApplications: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applications: components["schemas"]["BusinessApplication"][];
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getErrors: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 错误码（稳定，可供程序判断） */
                            code: string;
                            /** @description 提示语模板，{name} 由 details 中同名字段填充 */
                            message: {
                                en: string;
                                zh: string;
                            };
                            /** @description HTTP 状态码 */
                            status: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getFiles: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Upload"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postFiles: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description 材料文件（PDF、JPEG、PNG、OFD 等，按文件内容识别类型；不超过 20 MB） */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Upload"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            413: components["responses"]["E413"];
            415: components["responses"]["E415"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getFilesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Upload"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getFilesByIdContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postGuidanceBundlesByCodeCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 问卷回答：问题代码 → 是/否、选项值或数字 */
                    answers: {
                        [key: string]: boolean | number | string;
                    };
                    /** @description 合并表单的最终内容：与问题对应的数据元（如经营面积）以表单为准 */
                    form?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 最终回答：附表单内容时，与问题对应的数据元以表单为准 */
                        answers: {
                            [key: string]: boolean | number | string;
                        };
                        complete: boolean;
                        errors: {
                            code: string;
                            message: {
                                en: string;
                                zh: string;
                            };
                            question: string;
                        }[];
                        items: {
                            authority: string;
                            itemCode: string;
                            name: string;
                        }[];
                        materialCount: number;
                        visibleQuestions: string[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getGuidanceBundlesByCodeFormSchema: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Schema（2020-12） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postGuidanceBundlesByCodeNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 问卷回答：问题代码 → 是/否、选项值或数字 */
                    answers: {
                        [key: string]: boolean | number | string;
                    };
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getGuidanceBundlesByCodeQuestionnaire: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bundle: {
                            code: string;
                            description: string;
                            name: string;
                            place: string;
                            promisedDays: number;
                            promisedHours: number | null;
                            versionId: string;
                        };
                        items: {
                            authority: string;
                            includeIf: components["schemas"]["Condition"] | null;
                            includeIfText: string;
                            itemCode: string;
                            name: string;
                            versionId: string;
                        }[];
                        questions: {
                            help: string | null;
                            key: string;
                            /** @enum {string} */
                            kind: "yesno" | "choice" | "number";
                            max: number | null;
                            min: number | null;
                            options: {
                                label: string;
                                value: string;
                            }[];
                            text: string;
                            unit: string | null;
                            visibleIf: components["schemas"]["Condition"] | null;
                            visibleIfText: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postGuidanceFormsCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 问卷回答：问题代码 → 是/否、选项值或数字 */
                    answers?: {
                        [key: string]: boolean | number | string;
                    };
                    data: {
                        [key: string]: unknown;
                    };
                    /** @description 或直接指定事项版本 */
                    itemVersionIds?: string[];
                    /**
                     * Format: uuid
                     * @description 按告知单中的事项生成表单
                     */
                    noticeId?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            field: string;
                            message: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        valid: boolean;
                        values: {
                            [key: string]: unknown;
                        };
                        warnings: {
                            code: string;
                            field: string;
                            message: {
                                en: string;
                                zh: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postGuidanceFormsMerged: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 问卷回答：问题代码 → 是/否、选项值或数字 */
                    answers?: {
                        [key: string]: boolean | number | string;
                    };
                    /** @description 已填写的内容（草稿）：保留，不被预填覆盖 */
                    data?: {
                        [key: string]: unknown;
                    };
                    /** @description 或直接指定事项版本 */
                    itemVersionIds?: string[];
                    /**
                     * Format: uuid
                     * @description 按告知单中的事项生成表单
                     */
                    noticeId?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergedForm"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postGuidanceItemsByCodeNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getGuideExceptions: {
        parameters: {
            query?: {
                limit?: number;
                status?: "requested" | "approved" | "rejected";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            applicationId: string;
                            caseId: string | null;
                            cited: string;
                            /** @enum {string} */
                            context: "correction" | "refusal" | "requestMore";
                            decidedAt: string | null;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            departmentId: string;
                            id: string;
                            reason: string;
                            /** @description ISO 8601 时刻 */
                            requestedAt: string;
                            requestedBy: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "rejected";
                            usedAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postGuideExceptionsByIdDecide: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string;
                        caseId: string | null;
                        cited: string;
                        /** @enum {string} */
                        context: "correction" | "refusal" | "requestMore";
                        decidedAt: string | null;
                        decidedBy: string | null;
                        decisionNote: string | null;
                        departmentId: string;
                        id: string;
                        reason: string;
                        /** @description ISO 8601 时刻 */
                        requestedAt: string;
                        requestedBy: string;
                        /** @enum {string} */
                        status: "requested" | "approved" | "rejected";
                        usedAt: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getGuideFeedback: {
        parameters: {
            query?: {
                itemCode?: string;
                limit?: number;
                status?: "open" | "resolved" | "dismissed";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["GuideFeedback"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postGuideFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    applicationId?: string;
                    description: string;
                    /** Format: uuid */
                    itemVersionId: string;
                    /**
                     * @description wrong 内容有误 · unclear 表述不清
                     * @enum {string}
                     */
                    kind: "wrong" | "unclear";
                    materialCode?: string;
                    /**
                     * @description 指南的哪一部分
                     * @enum {string}
                     */
                    part: "conditions" | "materials" | "fees" | "limits" | "place" | "steps" | "form" | "legalBasis" | "other";
                    /**
                     * @description 在哪一步发现
                     * @enum {string}
                     */
                    step: "guidance" | "notice" | "form" | "materials" | "submission" | "window" | "review" | "delivery";
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideFeedback"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getGuideFeedbackById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideFeedback"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postGuideFeedbackByIdHandle: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "resolved" | "dismissed";
                    response: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideFeedback"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getGuideFeedbackStats: {
        parameters: {
            query: {
                itemCode: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dismissed: number;
                        itemCode: string;
                        itemName: string | null;
                        open: number;
                        resolved: number;
                        total: number;
                        unclear: number;
                        wrong: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getGuideFeedbackStatsByItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            departmentId: string;
                            dismissed: number;
                            itemCode: string;
                            itemName: string;
                            open: number;
                            resolved: number;
                            total: number;
                            unclear: number;
                            wrong: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getHallAppointments: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointments: components["schemas"]["HallAppointment"][];
                        /** @description booking blocked for no-shows until this date */
                        blockedUntil: string | null;
                        /** @description today’s queue numbers */
                        tickets: components["schemas"]["HallTicket"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postHallAppointments: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    applicationId?: string;
                    bundleCode?: string;
                    /** Format: date */
                    day: string;
                    itemCode?: string;
                    starts: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallAppointment"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postHallAppointmentsByIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallAppointment"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postHallAppointmentsByIdReschedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    day: string;
                    starts: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallAppointment"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postHallCheckIns: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    greenChannel?: boolean;
                    idNumber?: string;
                    name?: string;
                    /** Format: uuid */
                    zoneId?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallTicket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getHallMyEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description as JSON once, or with Accept: text/event-stream as events whose data is this object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tickets: components["schemas"]["HallTicket"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getHallRules: {
        parameters: {
            query?: {
                region?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blockDays: number;
                        maxActive: number;
                        noShowLimit: number;
                        noShowWindowDays: number;
                        regionCode: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putHallRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    blockDays: number;
                    maxActive: number;
                    noShowLimit: number;
                    noShowWindowDays: number;
                    region?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blockDays: number;
                        maxActive: number;
                        noShowLimit: number;
                        noShowWindowDays: number;
                        regionCode: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getHallSlots: {
        parameters: {
            query?: {
                applicationId?: string;
                bundleCode?: string;
                from?: string;
                itemCode?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        days: {
                            day: string;
                            slots: {
                                capacity: number;
                                ends: string;
                                left: number;
                                open: boolean;
                                starts: string;
                            }[];
                        }[];
                        subjectTitle: string;
                        zone: {
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postHallTicketsByIdFinish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    applicationId?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallFinishedTicket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postHallTicketsByIdNoShow: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallTicket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postHallTicketsByIdRecall: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallTicket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postHallTicketsByIdTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    windowId: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallTicket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getHallTimes: {
        parameters: {
            query?: {
                from?: string;
                region?: string;
                to?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        rows: {
                            avgHandleMinutes: number | null;
                            avgWaitMinutes: number | null;
                            /** @description hour of the day (Beijing) of the first call */
                            hour: number;
                            visits: number;
                            window: {
                                id: string;
                                name: string;
                            };
                        }[];
                        to: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postHallWindowsByIdCallNext: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallTicket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getHallWindowsByIdPanel: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current: components["schemas"]["HallTicket"] | null;
                        waiting: components["schemas"]["HallTicket"][];
                        waitingCount: number;
                        window: {
                            code: string;
                            id: string;
                            name: string;
                            zone: {
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putHallZonesByIdHours: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sessions: {
                        from: string;
                        to: string;
                    }[];
                    slotCapacity: number;
                    slotMinutes: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallZone"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postImplementations: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    authorised: boolean;
                    departmentCode: string;
                    fees: string;
                    implementationCode: string;
                    itemCode?: string;
                    legalDays: number;
                    promisedDays: number;
                    regionCode: string;
                    standardCode: string;
                    windowName: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 窗口授权 */
                        authorised: boolean;
                        /** @description 已授权 / 未授权 */
                        authorisedName: string;
                        /** @description 实施主体 */
                        departmentName: string;
                        /** @description 收费 */
                        fees: string;
                        /** Format: uuid */
                        id: string;
                        /** @description 实施编码 */
                        implementationCode: string;
                        itemCode: string | null;
                        legalDays: number;
                        promisedDays: number;
                        regionCode: string;
                        regionName: string;
                        /** @description 基本目录事项编码 */
                        standardCode: string;
                        standardName: string;
                        /** @description 办理窗口 */
                        windowName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getImplementationsCoverage: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counties: {
                            authorised: number;
                            implemented: number;
                            regionCode: string;
                            regionName: string;
                            /** @description 实施比例，如 “66.7%” */
                            share: string;
                        }[];
                        /** @description 基本目录事项数 */
                        standardItems: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getInspectionsInspectors: {
        parameters: {
            query?: {
                /** @description 部门代码 */
                department?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            badgeNo: string;
                            department: {
                                code?: string;
                                name?: string;
                            };
                            id: string;
                            name: string;
                            qualifications: {
                                code: string;
                                name: string;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postInspectionsInspectorsByIdConflicts: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    uscc: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inspectorId: string;
                        reason: string;
                        uscc: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getInspectionsPlans: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InspectionPlan"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postInspectionsPlans: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 参与部门（多个部门即联合抽查） */
                    departments: {
                        /** @description 检查事项清单 */
                        checklist?: string[];
                        /** @description 部门代码 */
                        code: string;
                        /** @description 执法人员须具备的资格 */
                        qualification?: string | null;
                    }[];
                    /** @default {} */
                    filter?: {
                        /** @description 行业 */
                        industries?: string[];
                        /** @description 持有任一证照类型 */
                        licenceTypes?: string[];
                        /** @description 行政区划（县或乡镇代码） */
                        regions?: string[];
                        /** @description 风险等级 */
                        riskLevels?: ("low" | "medium" | "high")[];
                    };
                    /**
                     * @description 每户每部门执法人员数
                     * @default 2
                     */
                    inspectorsPerVisit?: number;
                    sampling: {
                        /** @enum {string} */
                        kind: "size";
                        /** @description 抽取户数 */
                        size: number;
                    } | {
                        /** @enum {string} */
                        kind: "rate";
                        /** @description 抽取比例（%） */
                        percent: number;
                    };
                    /**
                     * @description 分层：不分层 / 按乡镇 / 按风险等级
                     * @default none
                     * @enum {string}
                     */
                    stratifyBy?: "none" | "region" | "risk";
                    /** @description 计划名称 */
                    title: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlan"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getInspectionsPlansById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ISO 8601 instant */
                        createdAt: string;
                        departments: {
                            checklist: string[];
                            code: string;
                            name: string;
                            qualification: string | null;
                        }[];
                        drawDigest: string | null;
                        drawnAt: string | null;
                        /** @description how the subject pool was filtered */
                        filter: {
                            [key: string]: unknown;
                        };
                        id: string;
                        inspectorsPerVisit: number;
                        /** @description several departments inspect together (联合抽查) */
                        joint: boolean;
                        planDigest: string | null;
                        populationCount: number | null;
                        publishedAt: string | null;
                        results: components["schemas"]["InspectionResult"][];
                        sampleCount: number | null;
                        sampling: {
                            /** @enum {string} */
                            kind: "size";
                            size: number;
                        } | {
                            /** @enum {string} */
                            kind: "rate";
                            percent: number;
                        };
                        /** @description revealed at the draw */
                        seed: string | null;
                        /** @description hash of the seed, published before the draw */
                        seedCommitment: string | null;
                        /** @enum {string} */
                        status: "draft" | "published" | "drawn";
                        statusName: string;
                        /** @enum {string} */
                        stratifyBy: "none" | "region" | "risk";
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postInspectionsPlansByIdDraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 自持种子（须与承诺值相符） */
                    seed?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlan"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postInspectionsPlansByIdPublish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 监管人员自持种子时，提供种子的 SM3 承诺值；缺省由平台生成并保密至抽取 */
                    seedCommitment?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlan"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getInspectionsPoolOptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description departments that inspect, with their default checklist */
                        departments: {
                            checklist: string[];
                            code: string;
                            name: string;
                            qualification: string | null;
                        }[];
                        industries: string[];
                        licenceTypes: {
                            code: string;
                            name: string;
                        }[];
                        qualifications: {
                            code: string;
                            name: string;
                        }[];
                        riskLevels: {
                            code: string;
                            name: string;
                        }[];
                        townships: {
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getInspectionsResultsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description business premises */
                        address: string | null;
                        checklist: string[];
                        checks: {
                            item: string;
                            ok: boolean;
                        }[] | null;
                        department: {
                            code: string;
                            name: string;
                        };
                        findings: string | null;
                        id: string;
                        inspectedOn: string | null;
                        inspectors: {
                            badgeNo: string;
                            name: string;
                        }[];
                        outcome: ("compliant" | "problems" | "referred") | null;
                        outcomeName: string;
                        planId: string;
                        planTitle: string;
                        /** @description order of the subject in the draw */
                        position: number;
                        recorded: boolean;
                        recordedAt: string | null;
                        rectificationNote: string | null;
                        rectifiedAt: string | null;
                        rectifyDays: number | null;
                        rectifyDueOn: string | null;
                        serious: boolean;
                        subjectName: string;
                        townshipName: string | null;
                        uscc: string;
                        visitId: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postInspectionsResultsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    checks?: {
                        item: string;
                        ok: boolean;
                    }[];
                    /** @default  */
                    findings?: string;
                    /** Format: date */
                    inspectedOn?: string;
                    /**
                     * @description compliant 未发现问题 / problems 发现问题责令整改 / referred 移送立案查处
                     * @enum {string}
                     */
                    outcome: "compliant" | "problems" | "referred";
                    /** @description 整改期限（工作日） */
                    rectifyDays?: number;
                    /**
                     * @description 严重问题（列入失信标记）
                     * @default false
                     */
                    serious?: boolean;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionResult"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postInspectionsResultsByIdRectified: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 复查情况 */
                    note: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionResult"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getInspectionsSubjects: {
        parameters: {
            query?: {
                /** @description 行业，逗号分隔 */
                industry?: string;
                /** @description 证照类型，逗号分隔 */
                licenceType?: string;
                page?: number;
                pageSize?: number;
                /** @description 名称关键字或统一社会信用代码 */
                q?: string;
                /** @description 区划代码，逗号分隔 */
                region?: string;
                /** @description 风险等级 low,medium,high */
                risk?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description business premises */
                            address: string;
                            industry: string;
                            licenceTypes: string[];
                            name: string;
                            /** @enum {string} */
                            riskLevel: "low" | "medium" | "high";
                            riskName: string;
                            township: {
                                code: string;
                                name: string;
                            };
                            uscc: string;
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getInspectionsTasks: {
        parameters: {
            query?: {
                status?: "pending" | "recorded" | "all";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null when the user is not in the inspector pool */
                        inspector: {
                            badgeNo: string;
                            name: string;
                        } | null;
                        items: {
                            /** @description business premises */
                            address: string | null;
                            checklist: string[];
                            checks: {
                                item: string;
                                ok: boolean;
                            }[] | null;
                            department: {
                                code: string;
                                name: string;
                            };
                            findings: string | null;
                            id: string;
                            inspectedOn: string | null;
                            inspectors: {
                                badgeNo: string;
                                name: string;
                            }[];
                            outcome: ("compliant" | "problems" | "referred") | null;
                            outcomeName: string;
                            planId: string;
                            planTitle: string;
                            /** @description order of the subject in the draw */
                            position: number;
                            recorded: boolean;
                            recordedAt: string | null;
                            rectificationNote: string | null;
                            rectifiedAt: string | null;
                            rectifyDays: number | null;
                            rectifyDueOn: string | null;
                            serious: boolean;
                            subjectName: string;
                            townshipName: string | null;
                            uscc: string;
                            visitId: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getJointAcceptancesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certificate: {
                            identifier: string;
                            /** @description ISO 8601 instant */
                            issuedAt: string;
                            issuedOn: string;
                            licenceId: string;
                            number: string;
                        } | null;
                        departments: {
                            code: string;
                            name: string;
                            recorded: boolean;
                        }[];
                        findings: {
                            /** @description ISO 8601 instant */
                            at: string;
                            department: string;
                            departmentCode: string;
                            findings: string;
                            inspector: string;
                            /** @enum {string} */
                            verdict: "pass" | "fail";
                            verdictName: string;
                        }[];
                        id: string;
                        place: string;
                        projectId: string;
                        /** @description ISO 8601 instant */
                        scheduledFor: string;
                        scheduledForText: string;
                        /** @enum {string} */
                        status: "scheduled" | "issued";
                        statusName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postJointAcceptancesByIdCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certificate: {
                            identifier: string;
                            /** @description ISO 8601 instant */
                            issuedAt: string;
                            issuedOn: string;
                            licenceId: string;
                            number: string;
                        } | null;
                        departments: {
                            code: string;
                            name: string;
                            recorded: boolean;
                        }[];
                        findings: {
                            /** @description ISO 8601 instant */
                            at: string;
                            department: string;
                            departmentCode: string;
                            findings: string;
                            inspector: string;
                            /** @enum {string} */
                            verdict: "pass" | "fail";
                            verdictName: string;
                        }[];
                        id: string;
                        place: string;
                        projectId: string;
                        /** @description ISO 8601 instant */
                        scheduledFor: string;
                        scheduledForText: string;
                        /** @enum {string} */
                        status: "scheduled" | "issued";
                        statusName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getJointAcceptancesByIdCertificatePdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postJointAcceptancesByIdFindings: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    findings: string;
                    /**
                     * @description pass 验收合格 · fail 不合格须整改
                     * @enum {string}
                     */
                    verdict: "pass" | "fail";
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certificate: {
                            identifier: string;
                            /** @description ISO 8601 instant */
                            issuedAt: string;
                            issuedOn: string;
                            licenceId: string;
                            number: string;
                        } | null;
                        departments: {
                            code: string;
                            name: string;
                            recorded: boolean;
                        }[];
                        findings: {
                            /** @description ISO 8601 instant */
                            at: string;
                            department: string;
                            departmentCode: string;
                            findings: string;
                            inspector: string;
                            /** @enum {string} */
                            verdict: "pass" | "fail";
                            verdictName: string;
                        }[];
                        id: string;
                        place: string;
                        projectId: string;
                        /** @description ISO 8601 instant */
                        scheduledFor: string;
                        scheduledForText: string;
                        /** @enum {string} */
                        status: "scheduled" | "issued";
                        statusName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getKnowledge: {
        parameters: {
            query?: {
                categoryCode?: string;
                limit?: number;
                q?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answer: string;
                            categoryCode: string | null;
                            departmentId: string | null;
                            id: string;
                            matched?: number;
                            question: string;
                            /** @description share of the query’s terms matched, 0–1 */
                            relevance?: number;
                            /** @enum {string} */
                            status: "published" | "retired";
                            title: string;
                            /** @description ISO 8601 instant */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postKnowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                    categoryCode?: string | null;
                    departmentId?: string | null;
                    question: string;
                    /** @enum {string} */
                    status?: "published" | "retired";
                    title: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeEntry"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putKnowledgeById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                    categoryCode?: string | null;
                    departmentId?: string | null;
                    question: string;
                    /** @enum {string} */
                    status?: "published" | "retired";
                    title: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeEntry"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getLicenceTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            definedBy: string;
                            /** @description 发证部门代码 */
                            department: string;
                            fields: {
                                fromLicence: boolean;
                                key: string;
                                /** @enum {string} */
                                kind: "text" | "date" | "area" | "capital" | "idNumber";
                                label: string;
                            }[];
                            /** @enum {string} */
                            holderKind: "business" | "citizen" | "any";
                            /** @enum {string} */
                            layout: "certificate" | "permit";
                            name: string;
                            /** @description 电子证照目录的类型代码 */
                            typeCode: string;
                            /** @description 有效期（月）；null 为长期 */
                            validityMonths: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getLicences: {
        parameters: {
            query?: {
                /** @description 持证主体统一社会信用代码（公民身份号码请用 POST /api/v1/licences/search） */
                holder?: string;
                page?: number;
                pageSize?: number;
                type?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LicenceSummary"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postLicences: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 证照内容，按证照类型的栏目填写
                     * @default {}
                     */
                    data?: {
                        [key: string]: unknown;
                    };
                    /** @description 持证主体统一社会信用代码或公民身份号码 */
                    holderId: string;
                    holderName: string;
                    /** @description 登记原因（如：平台上线前以纸质证照发放） */
                    reason: string;
                    /** @description 证照类型代码 */
                    type: string;
                    /** Format: date */
                    validFrom?: string;
                    validUntil?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceSummary"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getLicencesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceDetail"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postLicencesByIdChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data?: {
                        [key: string]: unknown;
                    };
                    holderName?: string;
                    /** @description 原因 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceSummary"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getLicencesByIdPdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getLicencesByIdQr: {
        parameters: {
            query?: {
                format?: "svg" | "png";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/svg+xml": string;
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postLicencesByIdReinstate: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 原因 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceSummary"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postLicencesByIdRenew: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                    /** Format: date */
                    validUntil?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceSummary"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postLicencesByIdRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 原因 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceSummary"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getLicencesByIdStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string | null;
                        checkedAt: string;
                        departmentId: string;
                        /** @description 持证主体代码：无权查看完整公民身份号码的角色看到脱敏号码 */
                        holderId: string;
                        /** @enum {string} */
                        holderKind: "business" | "citizen";
                        holderName: string;
                        id: string;
                        /** @description 证照标识（GB/T 36904） */
                        identifier: string;
                        issuedAt: string;
                        issuerName: string;
                        issuerUscc: string;
                        /** @enum {string} */
                        origin: "decision" | "registration";
                        originName: string;
                        /** @description 编号 */
                        serial: string;
                        status: string;
                        statusName: string;
                        statusReason: string | null;
                        type: string;
                        typeName: string;
                        validFrom: string;
                        validUntil: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postLicencesByIdSuspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 原因 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceSummary"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getLicencesByIdUses: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LicenceUse"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getLicencesMine: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LicenceSummary"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getLicencesMineUses: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LicenceUse"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getLicencesReusable: {
        parameters: {
            query: {
                /** @description 证照类型代码，逗号分隔 */
                types: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LicenceSummary"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postLicencesSearch: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 持证主体统一社会信用代码（公民身份号码请用 POST /api/v1/licences/search） */
                    holder?: string;
                    /** @default 1 */
                    page?: number;
                    /** @default 20 */
                    pageSize?: number;
                    type?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LicenceSummary"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postLicencesVerify: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 扫码所得内容 */
                    payload: components["schemas"]["LicenceQrPayload"] | string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceVerdict"];
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getMessages: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Message"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postMessagesByIdRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getNoticesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getNoticesByIdHtml: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getNoticesByIdPdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postPaymentsNotify: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    orderNo: string;
                    sign: string;
                } & {
                    [key: string]: string | number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SUCCESS" | "FAIL";
                        message: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPaymentsReconciliations: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reconciliations: components["schemas"]["Reconciliation"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postPaymentsReconciliations: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    day?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciliation"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPaymentsReturn: {
        parameters: {
            query: {
                orderNo: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 转到本站“我的缴费”页面（?bill= 该缴费通知） */
            302: {
                headers: {
                    /** @description 转往的地址 */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postPowers: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountability?: string;
                    basis: string;
                    code: string;
                    departmentCode: string;
                    duties: string[];
                    itemCodes?: string[];
                    /** @enum {string} */
                    kind: "licence" | "penalty" | "coercion" | "levy" | "benefit" | "inspection" | "confirmation" | "award" | "adjudication" | "other";
                    name: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 追责情形 */
                        accountability: string;
                        /** @description 设定依据 */
                        basis: string;
                        /** @description 权力事项编码 */
                        code: string;
                        department: {
                            code: string;
                            name: string;
                        };
                        /** @description 责任事项 */
                        duties: string[];
                        /** Format: uuid */
                        id: string;
                        /** @description 行使该权力的政务服务事项 */
                        items: {
                            code: string;
                            /** @description 事项名称（未发布或已废止时为空） */
                            name: string | null;
                        }[];
                        /** @enum {string} */
                        kind: "licence" | "penalty" | "coercion" | "levy" | "benefit" | "inspection" | "confirmation" | "award" | "adjudication" | "other";
                        /** @description 权力类型（行政许可、行政处罚 …） */
                        kindName: string;
                        name: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getProjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            address: string;
                            applicantName: string;
                            /** @description ISO 8601 instant */
                            createdAt: string;
                            /** @description 所处阶段名称；全部出件后为空 */
                            currentStage: string | null;
                            /** @description 最近一次联合审图 */
                            drawingReviewId: string | null;
                            id: string;
                            /** @description 联合验收 */
                            jointAcceptanceId: string | null;
                            name: string;
                            projectCode: string;
                            regionCode: string;
                            zone: {
                                code: string;
                                name: string;
                                /** @description 园区所在行政区划（开发区或县）的名称 */
                                regionName: string | null;
                            } | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postProjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: string;
                    /**
                     * @description 01 审批 · 02 核准 · 03 备案
                     * @default 03
                     * @enum {string}
                     */
                    approvalType?: "01" | "02" | "03";
                    buildingArea?: number | null;
                    /**
                     * @description 国民经济行业大类代码，47 房屋建筑业
                     * @default 47
                     */
                    industryCode?: string;
                    name: string;
                    regionCode: string;
                    zoneCode?: string | null;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptance: {
                            certificate: {
                                identifier: string;
                                /** @description ISO 8601 instant */
                                issuedAt: string;
                                issuedOn: string;
                                licenceId: string;
                                number: string;
                            } | null;
                            departments: {
                                code: string;
                                name: string;
                                recorded: boolean;
                            }[];
                            findings: {
                                /** @description ISO 8601 instant */
                                at: string;
                                department: string;
                                departmentCode: string;
                                findings: string;
                                inspector: string;
                                /** @enum {string} */
                                verdict: "pass" | "fail";
                                verdictName: string;
                            }[];
                            id: string;
                            place: string;
                            projectId: string;
                            /** @description ISO 8601 instant */
                            scheduledFor: string;
                            scheduledForText: string;
                            /** @enum {string} */
                            status: "scheduled" | "issued";
                            statusName: string;
                        } | null;
                        address: string;
                        applicantName: string;
                        applicantUscc: string | null;
                        assessments: {
                            conclusion: string;
                            covers: {
                                itemCode: string;
                                materialCode: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "environment" | "water" | "soilWater" | "geology" | "seismic" | "energy" | "mineral" | "traffic" | "flood" | "heritage";
                            kindName: string;
                            /** @description ISO 8601 instant */
                            recordedAt: string;
                            title: string;
                            validUntil: string | null;
                        }[];
                        calendarMissing: boolean;
                        /** @description ISO 8601 instant */
                        createdAt: string;
                        /** @description 所处阶段名称；全部出件后为空 */
                        currentStage: string | null;
                        drawingReview: {
                            concludedAt: string | null;
                            departments: {
                                answered: boolean;
                                code: string;
                                name: string;
                            }[];
                            id: string;
                            /** @description 一次性合并告知的审查意见（本轮全部部门出具意见后） */
                            mergedNotice: string | null;
                            /** @description ISO 8601 instant */
                            openedAt: string;
                            opinions: {
                                /** @description ISO 8601 instant */
                                at: string;
                                department: string;
                                departmentCode: string;
                                opinion: string;
                                reviewer: string;
                                round: number;
                                /** @enum {string} */
                                verdict: "pass" | "revise" | "reject";
                                verdictName: string;
                            }[];
                            projectId: string;
                            revisionsLeft: number;
                            round: number;
                            /** @enum {string} */
                            status: "reviewing" | "revising" | "passed" | "failed";
                            statusName: string;
                        } | null;
                        /** @description 最近一次联合审图 */
                        drawingReviewId: string | null;
                        id: string;
                        /** @description 联合验收 */
                        jointAcceptanceId: string | null;
                        name: string;
                        projectCode: string;
                        promisedDays: number;
                        regionCode: string;
                        stages: {
                            acceptedOn: string | null;
                            dueOn: string | null;
                            filing: {
                                applicationId: string;
                                number: string;
                                status: string;
                                statusName: string;
                            } | null;
                            issuedOn: string | null;
                            items: {
                                code: string;
                                conditional: boolean;
                                departmentName: string;
                                name: string;
                            }[];
                            key: string;
                            lead: {
                                code: string;
                                name: string;
                            } | null;
                            materials: {
                                coveredBy: string | null;
                                fromLicence: string | null;
                                itemCode: string;
                                itemName: string;
                                materialCode: string;
                                name: string;
                            }[];
                            name: string;
                            overdue: boolean;
                            promisedDays: number;
                            /** @description 决定本阶段哪些事项适用的问题（申报时回答） */
                            questions: {
                                key: string;
                                /** @enum {string} */
                                kind: "yesNo" | "choice" | "number";
                                options: {
                                    label: string;
                                    value: string;
                                }[];
                                text: string;
                                unit: string;
                            }[];
                            /** @enum {string} */
                            status: "locked" | "open" | "filed" | "handling" | "issued";
                            statusName: string;
                            usedWorkingDays: number | null;
                        }[];
                        usedWorkingDays: number;
                        withinPromise: boolean;
                        zone: {
                            code: string;
                            name: string;
                            /** @description 园区所在行政区划（开发区或县）的名称 */
                            regionName: string | null;
                        } | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getProjectsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptance: {
                            certificate: {
                                identifier: string;
                                /** @description ISO 8601 instant */
                                issuedAt: string;
                                issuedOn: string;
                                licenceId: string;
                                number: string;
                            } | null;
                            departments: {
                                code: string;
                                name: string;
                                recorded: boolean;
                            }[];
                            findings: {
                                /** @description ISO 8601 instant */
                                at: string;
                                department: string;
                                departmentCode: string;
                                findings: string;
                                inspector: string;
                                /** @enum {string} */
                                verdict: "pass" | "fail";
                                verdictName: string;
                            }[];
                            id: string;
                            place: string;
                            projectId: string;
                            /** @description ISO 8601 instant */
                            scheduledFor: string;
                            scheduledForText: string;
                            /** @enum {string} */
                            status: "scheduled" | "issued";
                            statusName: string;
                        } | null;
                        address: string;
                        applicantName: string;
                        applicantUscc: string | null;
                        assessments: {
                            conclusion: string;
                            covers: {
                                itemCode: string;
                                materialCode: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "environment" | "water" | "soilWater" | "geology" | "seismic" | "energy" | "mineral" | "traffic" | "flood" | "heritage";
                            kindName: string;
                            /** @description ISO 8601 instant */
                            recordedAt: string;
                            title: string;
                            validUntil: string | null;
                        }[];
                        calendarMissing: boolean;
                        /** @description ISO 8601 instant */
                        createdAt: string;
                        /** @description 所处阶段名称；全部出件后为空 */
                        currentStage: string | null;
                        drawingReview: {
                            concludedAt: string | null;
                            departments: {
                                answered: boolean;
                                code: string;
                                name: string;
                            }[];
                            id: string;
                            /** @description 一次性合并告知的审查意见（本轮全部部门出具意见后） */
                            mergedNotice: string | null;
                            /** @description ISO 8601 instant */
                            openedAt: string;
                            opinions: {
                                /** @description ISO 8601 instant */
                                at: string;
                                department: string;
                                departmentCode: string;
                                opinion: string;
                                reviewer: string;
                                round: number;
                                /** @enum {string} */
                                verdict: "pass" | "revise" | "reject";
                                verdictName: string;
                            }[];
                            projectId: string;
                            revisionsLeft: number;
                            round: number;
                            /** @enum {string} */
                            status: "reviewing" | "revising" | "passed" | "failed";
                            statusName: string;
                        } | null;
                        /** @description 最近一次联合审图 */
                        drawingReviewId: string | null;
                        id: string;
                        /** @description 联合验收 */
                        jointAcceptanceId: string | null;
                        name: string;
                        projectCode: string;
                        promisedDays: number;
                        regionCode: string;
                        stages: {
                            acceptedOn: string | null;
                            dueOn: string | null;
                            filing: {
                                applicationId: string;
                                number: string;
                                status: string;
                                statusName: string;
                            } | null;
                            issuedOn: string | null;
                            items: {
                                code: string;
                                conditional: boolean;
                                departmentName: string;
                                name: string;
                            }[];
                            key: string;
                            lead: {
                                code: string;
                                name: string;
                            } | null;
                            materials: {
                                coveredBy: string | null;
                                fromLicence: string | null;
                                itemCode: string;
                                itemName: string;
                                materialCode: string;
                                name: string;
                            }[];
                            name: string;
                            overdue: boolean;
                            promisedDays: number;
                            /** @description 决定本阶段哪些事项适用的问题（申报时回答） */
                            questions: {
                                key: string;
                                /** @enum {string} */
                                kind: "yesNo" | "choice" | "number";
                                options: {
                                    label: string;
                                    value: string;
                                }[];
                                text: string;
                                unit: string;
                            }[];
                            /** @enum {string} */
                            status: "locked" | "open" | "filed" | "handling" | "issued";
                            statusName: string;
                            usedWorkingDays: number | null;
                        }[];
                        usedWorkingDays: number;
                        withinPromise: boolean;
                        zone: {
                            code: string;
                            name: string;
                            /** @description 园区所在行政区划（开发区或县）的名称 */
                            regionName: string | null;
                        } | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postProjectsByIdDrawingReviews: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description POST /api/v1/files 返回的文件 id（施工图一套） */
                    uploadIds: string[];
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        concludedAt: string | null;
                        departments: {
                            answered: boolean;
                            code: string;
                            name: string;
                        }[];
                        id: string;
                        /** @description 一次性合并告知的审查意见（本轮全部部门出具意见后） */
                        mergedNotice: string | null;
                        /** @description ISO 8601 instant */
                        openedAt: string;
                        opinions: {
                            /** @description ISO 8601 instant */
                            at: string;
                            department: string;
                            departmentCode: string;
                            opinion: string;
                            reviewer: string;
                            round: number;
                            /** @enum {string} */
                            verdict: "pass" | "revise" | "reject";
                            verdictName: string;
                        }[];
                        projectId: string;
                        revisionsLeft: number;
                        round: number;
                        /** @enum {string} */
                        status: "reviewing" | "revising" | "passed" | "failed";
                        statusName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postProjectsByIdJointAcceptance: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    place: string;
                    /** Format: date-time */
                    scheduledFor: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certificate: {
                            identifier: string;
                            /** @description ISO 8601 instant */
                            issuedAt: string;
                            issuedOn: string;
                            licenceId: string;
                            number: string;
                        } | null;
                        departments: {
                            code: string;
                            name: string;
                            recorded: boolean;
                        }[];
                        findings: {
                            /** @description ISO 8601 instant */
                            at: string;
                            department: string;
                            departmentCode: string;
                            findings: string;
                            inspector: string;
                            /** @enum {string} */
                            verdict: "pass" | "fail";
                            verdictName: string;
                        }[];
                        id: string;
                        place: string;
                        projectId: string;
                        /** @description ISO 8601 instant */
                        scheduledFor: string;
                        scheduledForText: string;
                        /** @enum {string} */
                        status: "scheduled" | "issued";
                        statusName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postProjectsByIdStagesByStageFiling: {
        parameters: {
            query?: never;
            header: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
                /** @description 幂等键（8–100 个字符，每次新的提交用一个新值）：以同一键重试返回第一次创建的办件，不会重复建件；键相同而内容不同返回 409 IDEMPOTENCY_KEY_REUSED。仅保存草稿时可省略。 */
                "idempotency-key": string;
            };
            path: {
                id: string;
                stage: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 一件事问卷的回答（决定本阶段适用的事项） */
                    answers?: {
                        [key: string]: unknown;
                    };
                    /** @default [] */
                    attachments?: {
                        materials: {
                            itemCode: string;
                            materialCode: string;
                        }[];
                        /** Format: uuid */
                        uploadId: string;
                    }[];
                    form: {
                        [key: string]: unknown;
                    };
                    /** @description 本阶段申报的事项；不填则按问卷回答确定 */
                    itemCodes?: string[];
                    /** @description 免提交：以持有的电子证照代替材料 */
                    licences?: {
                        /** Format: uuid */
                        licenceId: string;
                        materials: {
                            itemCode: string;
                            materialCode: string;
                        }[];
                    }[];
                    pickup?: {
                        address?: string | null;
                        /** @enum {string} */
                        method: "window" | "post";
                        /** @enum {string} */
                        mode: "together" | "each";
                        phone?: string | null;
                        recipient?: string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string;
                        /** @description 由区域评估成果代替、无须申请人提交的材料 */
                        coveredByZone: {
                            itemCode: string;
                            materialCode: string;
                        }[];
                        number: string;
                        status: string;
                    };
                };
            };
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string;
                        /** @description 由区域评估成果代替、无须申请人提交的材料 */
                        coveredByZone: {
                            itemCode: string;
                            materialCode: string;
                        }[];
                        number: string;
                        status: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postProjectsByIdStagesByStageNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
                stage: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 决定本阶段事项的问题回答
                     * @default {}
                     */
                    answers?: {
                        [key: string]: boolean | number | string;
                    };
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postPublicApplicationsProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    check: string;
                    /** @description 办件号，如 431127-20260302-000123 */
                    number: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptedAt: string | null;
                        /** @description 申请人（脱敏） */
                        applicantName: string;
                        items: {
                            departmentName: string;
                            done: boolean;
                            dueOn: string | null;
                            itemName: string;
                            statusName: string;
                        }[];
                        number: string;
                        status: string;
                        statusName: string;
                        steps: {
                            at: string;
                            itemName: string | null;
                            text: string;
                        }[];
                        submittedAt: string | null;
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicAuditConsistency: {
        parameters: {
            query: {
                first: number;
                second: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        first: number;
                        proof: string[];
                        second: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicAuditHeads: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TreeHead"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicAuditHeadsExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHeadsExport"];
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicCreditFlags: {
        parameters: {
            query: {
                uscc: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CreditFlag"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicDelegations: {
        parameters: {
            query?: {
                region?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 赋权依据 */
                            basis: string;
                            /** @description 承接单位 */
                            delegate: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                regionCode: string;
                                regionName: string;
                            };
                            /** @description 赋权部门 */
                            department: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            item: {
                                code: string;
                                name: string;
                            };
                            /** @enum {string} */
                            mode: "direct" | "entrusted" | "servicesForward" | "directReport";
                            /** @description 谁受理、谁决定 */
                            modeMeaning: string;
                            /** @description 赋权方式 */
                            modeName: string;
                            revokeReason: string | null;
                            /** @description 赋权范围 */
                            scope: string;
                            /** @enum {string} */
                            state: "pending" | "inForce" | "ended" | "revoked";
                            stateName: string;
                            /** @description 起始日期（YYYY-MM-DD） */
                            validFrom: string;
                            /** @description 截止日期（YYYY-MM-DD） */
                            validUntil: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicDisclosureRegister: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        departments: {
                            answered: number;
                            byType: {
                                disclosed: number;
                                "not-disclosable": number;
                                "not-held": number;
                                "partly-disclosed": number;
                            };
                            department: {
                                id: string;
                                name: string;
                            };
                            extended: number;
                            onTheSpot: number;
                            onTime: number;
                            total: number;
                        }[];
                        summary: {
                            answered: number;
                            byType: {
                                disclosed: number;
                                "not-disclosable": number;
                                "not-held": number;
                                "partly-disclosed": number;
                            };
                            extended: number;
                            onTheSpot: number;
                            onTime: number;
                            total: number;
                        };
                        year: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicFees: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fees: components["schemas"]["CatalogueFee"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicHallScreen: {
        parameters: {
            query: {
                region: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallScreen"];
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicHallScreenEvents: {
        parameters: {
            query: {
                region: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description as JSON once, or with Accept: text/event-stream as events whose data is this object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallScreen"];
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicHallZones: {
        parameters: {
            query: {
                region: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regionCode: string;
                        zones: components["schemas"]["HallZone"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicImplementations: {
        parameters: {
            query?: {
                region?: string;
                standardCode?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 窗口授权 */
                            authorised: boolean;
                            /** @description 已授权 / 未授权 */
                            authorisedName: string;
                            /** @description 实施主体 */
                            departmentName: string;
                            /** @description 收费 */
                            fees: string;
                            /** Format: uuid */
                            id: string;
                            /** @description 实施编码 */
                            implementationCode: string;
                            itemCode: string | null;
                            legalDays: number;
                            promisedDays: number;
                            regionCode: string;
                            regionName: string;
                            /** @description 基本目录事项编码 */
                            standardCode: string;
                            standardName: string;
                            /** @description 办理窗口 */
                            windowName: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicInspectionPlans: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InspectionPlan"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicInspectionPlansById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ISO 8601 instant */
                        createdAt: string;
                        departments: {
                            checklist: string[];
                            code: string;
                            name: string;
                            qualification: string | null;
                        }[];
                        drawDigest: string | null;
                        drawnAt: string | null;
                        /** @description how the subject pool was filtered */
                        filter: {
                            [key: string]: unknown;
                        };
                        id: string;
                        inspectorsPerVisit: number;
                        /** @description several departments inspect together (联合抽查) */
                        joint: boolean;
                        planDigest: string | null;
                        populationCount: number | null;
                        publishedAt: string | null;
                        results: components["schemas"]["InspectionResult"][];
                        sampleCount: number | null;
                        sampling: {
                            /** @enum {string} */
                            kind: "size";
                            size: number;
                        } | {
                            /** @enum {string} */
                            kind: "rate";
                            percent: number;
                        };
                        /** @description revealed at the draw */
                        seed: string | null;
                        /** @description hash of the seed, published before the draw */
                        seedCommitment: string | null;
                        /** @enum {string} */
                        status: "draft" | "published" | "drawn";
                        statusName: string;
                        /** @enum {string} */
                        stratifyBy: "none" | "region" | "risk";
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicInspectionPlansByIdDrawJson: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawResult"];
                };
            };
            400: components["responses"]["E400"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicInspectionPlansByIdPlanJson: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the plan file as published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["E400"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicInspectionResults: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                planId?: string;
                uscc?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InspectionResult"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postPublicInspectionsRedraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    plan: unknown;
                    seed: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawResult"];
                };
            };
            400: components["responses"]["E400"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicIntermediaries: {
        parameters: {
            query?: {
                region?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            basis: string;
                            code: string;
                            days: number;
                            departmentName: string;
                            fee: string;
                            /** @description 需要该中介服务的事项 */
                            items: {
                                code: string;
                                /** @description 事项名称（未发布或已废止时为空） */
                                name: string | null;
                            }[];
                            name: string;
                            providers: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicItemsByCodePower: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 生效中的赋权：可到承接单位办理 */
                        delegations: {
                            /** @description 赋权依据 */
                            basis: string;
                            /** @description 承接单位 */
                            delegate: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                regionCode: string;
                                regionName: string;
                            };
                            /** @description 赋权部门 */
                            department: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            item: {
                                code: string;
                                name: string;
                            };
                            /** @enum {string} */
                            mode: "direct" | "entrusted" | "servicesForward" | "directReport";
                            /** @description 谁受理、谁决定 */
                            modeMeaning: string;
                            /** @description 赋权方式 */
                            modeName: string;
                            revokeReason: string | null;
                            /** @description 赋权范围 */
                            scope: string;
                            /** @enum {string} */
                            state: "pending" | "inForce" | "ended" | "revoked";
                            stateName: string;
                            /** @description 起始日期（YYYY-MM-DD） */
                            validFrom: string;
                            /** @description 截止日期（YYYY-MM-DD） */
                            validUntil: string;
                        }[];
                        /** @description 未列入权责清单时为空 */
                        power: {
                            /** @description 追责情形 */
                            accountability: string;
                            /** @description 设定依据 */
                            basis: string;
                            /** @description 权力事项编码 */
                            code: string;
                            department: {
                                code: string;
                                name: string;
                            };
                            /** @description 责任事项 */
                            duties: string[];
                            /** Format: uuid */
                            id: string;
                            /** @description 行使该权力的政务服务事项 */
                            items: {
                                code: string;
                                /** @description 事项名称（未发布或已废止时为空） */
                                name: string | null;
                            }[];
                            /** @enum {string} */
                            kind: "licence" | "penalty" | "coercion" | "levy" | "benefit" | "inspection" | "confirmation" | "award" | "adjudication" | "other";
                            /** @description 权力类型（行政许可、行政处罚 …） */
                            kindName: string;
                            name: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicPowers: {
        parameters: {
            query?: {
                /** @description 部门编码：只看一个部门 */
                department?: string;
                region?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        departments: {
                            code: string;
                            /** @description 按权力类型计数 */
                            counts: {
                                count: number;
                                /** @enum {string} */
                                kind: "licence" | "penalty" | "coercion" | "levy" | "benefit" | "inspection" | "confirmation" | "award" | "adjudication" | "other";
                                kindName: string;
                            }[];
                            name: string;
                            powers: {
                                /** @description 追责情形 */
                                accountability: string;
                                /** @description 设定依据 */
                                basis: string;
                                /** @description 权力事项编码 */
                                code: string;
                                department: {
                                    code: string;
                                    name: string;
                                };
                                /** @description 责任事项 */
                                duties: string[];
                                /** Format: uuid */
                                id: string;
                                /** @description 行使该权力的政务服务事项 */
                                items: {
                                    code: string;
                                    /** @description 事项名称（未发布或已废止时为空） */
                                    name: string | null;
                                }[];
                                /** @enum {string} */
                                kind: "licence" | "penalty" | "coercion" | "levy" | "benefit" | "inspection" | "confirmation" | "award" | "adjudication" | "other";
                                /** @description 权力类型（行政许可、行政处罚 …） */
                                kindName: string;
                                name: string;
                            }[];
                        }[];
                        region: {
                            code: string;
                            name: string;
                        };
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicRatingsStatistics: {
        parameters: {
            query: {
                by?: "department" | "item";
                period: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        by: "department" | "item";
                        items: {
                            bad: number;
                            badRate: number | null;
                            good: number;
                            /** @description percent, one decimal; null when nothing was rated */
                            goodRate: number | null;
                            key: string;
                            name: string;
                            neutral: number;
                            neutralRate: number | null;
                            rectificationOnTimeRate: number | null;
                            rectifications: number;
                            rectifiedOnTime: number;
                            total: number;
                        }[];
                        period: string;
                        /** @enum {string} */
                        periodKind: "month" | "quarter";
                        total: {
                            bad: number;
                            badRate: number | null;
                            good: number;
                            /** @description percent, one decimal; null when nothing was rated */
                            goodRate: number | null;
                            neutral: number;
                            neutralRate: number | null;
                            rectificationOnTimeRate: number | null;
                            rectifications: number;
                            rectifiedOnTime: number;
                            total: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ICP 备案号 */
                        icp: string;
                        /** @description 公安机关备案号 */
                        psb: string;
                        /** @description 网站标识码 */
                        siteCode: string;
                        /** @description 主办单位 */
                        sponsor: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postPublicTicketsProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number: string;
                    phone: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answered: boolean;
                        answeredAt: string | null;
                        createdAt: string;
                        dueDate: string | null;
                        kindName: string;
                        number: string;
                        status: string;
                        statusName: string;
                        steps: {
                            at: string;
                            text: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getPublicZones: {
        parameters: {
            query?: {
                region?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        zones: {
                            /** @description 园区管理机构的行政区划（赋权事项在此办理）；未设管理机构的园区为空 */
                            adminRegion: {
                                code: string;
                                name: string;
                            } | null;
                            areaKm2: number | null;
                            assessments: {
                                conclusion: string;
                                covers: {
                                    itemCode: string;
                                    materialCode: string;
                                }[];
                                id: string;
                                /** @enum {string} */
                                kind: "environment" | "water" | "soilWater" | "geology" | "seismic" | "energy" | "mineral" | "traffic" | "flood" | "heritage";
                                kindName: string;
                                /** @description ISO 8601 instant */
                                recordedAt: string;
                                title: string;
                                validUntil: string | null;
                            }[];
                            code: string;
                            name: string;
                            regionCode: string;
                            /** @description 所在县（市、区） */
                            regionName: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getRatings: {
        parameters: {
            query?: {
                departmentId?: string;
                grade?: "good" | "neutral" | "bad";
                limit?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Rating"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postRatings: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    /** Format: uuid */
                    handlingId?: string;
                    /** @description 各评价指标等级，5 非常满意 … 1 非常不满意；overall 为整体满意度 */
                    indicators: {
                        [key: string]: number;
                    };
                    raterName?: string;
                    raterPhone?: string;
                    ratingCode?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    patchRatingsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    /** @description 各评价指标等级，5 非常满意 … 1 非常不满意；overall 为整体满意度 */
                    indicators: {
                        [key: string]: number;
                    };
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postRatingsByIdAppeals: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    explanation: string;
                    /** @enum {string} */
                    reasonKind: "mistaken" | "malicious";
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingAppeal"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getRatingsAppeals: {
        parameters: {
            query?: {
                limit?: number;
                status?: "pending" | "upheld" | "rejected";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            comment: string | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            departmentId: string;
                            explanation: string;
                            /** @description ISO 8601 instant */
                            filedAt: string;
                            id: string;
                            itemName: string;
                            level: number;
                            ratingId: string;
                            /** @enum {string} */
                            reasonKind: "mistaken" | "malicious";
                            reasonName: string;
                            /** @enum {string} */
                            status: "pending" | "upheld" | "rejected";
                            statusName: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postRatingsAppealsByIdDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    uphold: boolean;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingAppeal"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getRatingsHandlingsByCodeByCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string | null;
                        /** @enum {string} */
                        channel: "online" | "window";
                        channelName: string;
                        departmentId: string;
                        /** @description ISO 8601 instant */
                        handledAt: string;
                        id: string;
                        /** @description indicators the rater is asked about on this channel */
                        indicators: {
                            code: string;
                            name: string;
                        }[];
                        itemCode: string | null;
                        itemName: string;
                        rated: boolean;
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getRatingsLevels: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: {
                            /** @enum {string} */
                            channel: "online" | "window";
                            indicators: {
                                code: string;
                                name: string;
                            }[];
                            name: string;
                        }[];
                        levels: {
                            code: string;
                            /** @enum {string} */
                            grade: "good" | "neutral" | "bad";
                            level: number;
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getRatingsMine: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ratings: components["schemas"]["Rating"][];
                        toRate: components["schemas"]["RatingHandling"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getRatingsRectifications: {
        parameters: {
            query?: {
                departmentId?: string;
                limit?: number;
                status?: "open" | "answered" | "closed" | "withdrawn" | "voided";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string | null;
                            answeredAt: string | null;
                            /** @enum {string} */
                            channel: "online" | "window";
                            closedAt: string | null;
                            comment: string | null;
                            departmentId: string;
                            dueDate: string | null;
                            finding: string | null;
                            followUp: {
                                /** @description ISO 8601 instant */
                                at: string;
                                method: string | null;
                                methodName: string | null;
                                note: string | null;
                                result: string | null;
                                resultName: string | null;
                            } | null;
                            followUpRequired: boolean;
                            id: string;
                            itemName: string;
                            level: number;
                            onTime: boolean | null;
                            /** @description ISO 8601 instant */
                            openedAt: string;
                            /** @description ISO 8601 instant */
                            ratedAt: string;
                            raterName: string | null;
                            raterPhone: string | null;
                            ratingId: string;
                            ratingStatus: string;
                            realName: boolean;
                            /** @enum {string} */
                            status: "open" | "answered" | "closed" | "withdrawn" | "voided";
                            statusName: string;
                            workingDays: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getRatingsRectificationsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        action: string | null;
                        answeredAt: string | null;
                        closedAt: string | null;
                        departmentId: string;
                        dueDate: string | null;
                        finding: string | null;
                        followUp: {
                            /** @description ISO 8601 instant */
                            at: string;
                            method: string | null;
                            methodName: string | null;
                            note: string | null;
                            result: string | null;
                            resultName: string | null;
                        } | null;
                        followUpRequired: boolean;
                        id: string;
                        onTime: boolean | null;
                        /** @description ISO 8601 instant */
                        openedAt: string;
                        rating: components["schemas"]["Rating"];
                        ratingId: string;
                        /** @enum {string} */
                        status: "open" | "answered" | "closed" | "withdrawn" | "voided";
                        statusName: string;
                        workingDays: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postRatingsRectificationsByIdAnswer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    action: string;
                    finding: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rectification"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postRatingsRectificationsByIdFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    method: "phone" | "sms" | "visit" | "online";
                    note?: string;
                    /** @enum {string} */
                    result: "satisfied" | "basic" | "dissatisfied" | "unreachable";
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rectification"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getRatingsSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description hours after rating during which the rater may change it */
                        editHours: number;
                        /** @description working days a department has to rectify after a bad rating */
                        rectificationDays: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putRatingsSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    editHours?: number;
                    rectificationDays?: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description hours after rating during which the rater may change it */
                        editHours: number;
                        /** @description working days a department has to rectify after a bad rating */
                        rectificationDays: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postRatingsVisits: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    departmentId?: string;
                    itemCode?: string;
                    itemName: string;
                    raterName?: string;
                    raterPhone?: string;
                    /** Format: uuid */
                    raterUserId?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string | null;
                        /** @enum {string} */
                        channel: "online" | "window";
                        channelName: string;
                        departmentId: string;
                        /** @description ISO 8601 instant */
                        handledAt: string;
                        id: string;
                        /** @description indicators the rater is asked about on this channel */
                        indicators: {
                            code: string;
                            name: string;
                        }[];
                        itemCode: string | null;
                        itemName: string;
                        /** @description code the rater types or scans to rate this visit */
                        ratingCode: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getRegions: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            level: string;
                            name: string;
                            parentCode: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postSigningKeysRotate: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    departmentId: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        issuer: {
                            name: string;
                            uscc: string;
                        };
                        kid: string;
                        publicKey: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postSiteChecks: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: string;
                    caseIds: string[];
                    /** Format: date-time */
                    scheduledFor: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string;
                        applicationId: string;
                        caseIds: string[];
                        id: string;
                        /** @description ISO 8601 时刻 */
                        requestedAt: string;
                        requestedBy: string;
                        results: {
                            [key: string]: {
                                at: string;
                                by: string;
                                note: string;
                                /** @enum {string} */
                                result: "pass" | "fail";
                            };
                        };
                        /** @description ISO 8601 时刻 */
                        scheduledFor: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postSiteChecksByIdResults: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    caseId: string;
                    note: string;
                    /** @enum {string} */
                    result: "pass" | "fail";
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getStatisticsDecidedWithoutReview: {
        parameters: {
            query?: {
                departmentId?: string;
                limit?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            applicationId: string;
                            caseId: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            departmentId: string;
                            itemName: string;
                            number: string;
                            result: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getStatisticsGuideIntegrity: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            decided: number;
                            decidedWithoutReview: number;
                            department: {
                                code: string | null;
                                id: string;
                                name: string | null;
                            };
                            exceptionsApproved: number;
                            exceptionsRequested: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postStreamlining: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 精简方式：abolish 取消、delegate 下放、merge 合并、toFiling 改备案、entrust 委托
                     * @enum {string}
                     */
                    action: "abolish" | "delegate" | "merge" | "toFiling" | "entrust";
                    /** @description 依据（文件名称与文号） */
                    basis: string;
                    daysReduced?: number;
                    itemCode: string;
                    materialsReduced?: number;
                    /** @description 合并时：并入的事项 */
                    mergedInto?: string;
                    /** @description 说明 */
                    reason?: string;
                    /** @description 下放、委托时：承接单位的部门编码 */
                    receivingDepartmentCode?: string;
                    stepsReduced?: number;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "abolish" | "delegate" | "merge" | "toFiling" | "entrust";
                        actionName: string;
                        /** @description 依据 */
                        basis: string;
                        daysReduced: number;
                        departmentName: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @description 事项或一件事的编码 */
                        itemCode: string;
                        itemName: string;
                        materialsReduced: number;
                        /** @description 合并时并入的事项或一件事 */
                        mergedInto: string | null;
                        /** @description 日期（北京时间） */
                        on: string;
                        reason: string;
                        /** @description 下放、委托时的承接单位 */
                        receivingDepartmentName: string | null;
                        /** @description 是否已从目录中废止 */
                        retired: boolean;
                        /** @description 已废止或仍在目录中 */
                        retiredName: string;
                        stepsReduced: number;
                        /**
                         * @description item 事项；bundle 一件事
                         * @enum {string}
                         */
                        subject: "item" | "bundle";
                        /** @description 事项或一件事 */
                        subjectName: string;
                        year: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getStreamliningReport: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            /** @enum {string} */
                            action: "abolish" | "delegate" | "merge" | "toFiling" | "entrust";
                            actionName: string;
                            /** @description 依据 */
                            basis: string;
                            daysReduced: number;
                            departmentName: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @description 事项或一件事的编码 */
                            itemCode: string;
                            itemName: string;
                            materialsReduced: number;
                            /** @description 合并时并入的事项或一件事 */
                            mergedInto: string | null;
                            /** @description 日期（北京时间） */
                            on: string;
                            reason: string;
                            /** @description 下放、委托时的承接单位 */
                            receivingDepartmentName: string | null;
                            /** @description 是否已从目录中废止 */
                            retired: boolean;
                            /** @description 已废止或仍在目录中 */
                            retiredName: string;
                            stepsReduced: number;
                            /**
                             * @description item 事项；bundle 一件事
                             * @enum {string}
                             */
                            subject: "item" | "bundle";
                            /** @description 事项或一件事 */
                            subjectName: string;
                            year: number;
                        }[];
                        /** @description 取消或合并的一件事（不计入减事项） */
                        bundles: number;
                        byAction: {
                            /** @enum {string} */
                            action: "abolish" | "delegate" | "merge" | "toFiling" | "entrust";
                            actionName: string;
                            count: number;
                        }[];
                        /** @description 减时限（工作日） */
                        days: number;
                        /** @description 减事项 */
                        items: number;
                        /** @description 减材料 */
                        materials: number;
                        /** @description 减环节 */
                        steps: number;
                        year: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getSupervisionCounts: {
        parameters: {
            query?: {
                /** @description 承办人 */
                assigneeId?: string;
                by?: "total" | "department" | "assignee";
                /** @description 部门 */
                departmentId?: string;
                /** @description 事项类别：case、ticket、rectification … */
                subjectKind?: string;
                /** @description 窗口 */
                windowId?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calendarMissing: number;
                        green: number;
                        red: number;
                        suspended: number;
                        yellow: number;
                    } | {
                        /** @description 按部门或承办人 */
                        items: {
                            green: number;
                            id: string | null;
                            name: string | null;
                            red: number;
                            yellow: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getSupervisionDashboard: {
        parameters: {
            query?: {
                /** @description 承办人 */
                assigneeId?: string;
                /** @description 部门 */
                departmentId?: string;
                /** @description 事项类别：case、ticket、rectification … */
                subjectKind?: string;
                /** @description 窗口 */
                windowId?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byDepartment: {
                            green: number;
                            id: string | null;
                            name: string | null;
                            red: number;
                            yellow: number;
                        }[];
                        calendarWarning: {
                            /** @enum {string} */
                            code: "NEXT_YEAR_CALENDAR_MISSING";
                            message: string;
                            year: number;
                        } | null;
                        quarterly: components["schemas"]["EfficiencyReport"];
                        /** @description 有已发布事项却无在岗审批人员的部门 */
                        staffingGaps: {
                            departmentId: string;
                            name: string;
                        }[];
                        today: {
                            calendarMissing: number;
                            green: number;
                            red: number;
                            suspended: number;
                            yellow: number;
                        };
                        weekly: components["schemas"]["EfficiencyReport"];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getSupervisionDeadlines: {
        parameters: {
            query?: {
                /** @description 承办人 */
                assigneeId?: string;
                /** @description 红牌、黄牌、绿色、全部在办、暂停计时、日历缺失 */
                colour?: "red" | "yellow" | "green" | "open" | "suspended" | "calendar-missing";
                cursor?: string;
                /** @description 部门 */
                departmentId?: string;
                limit?: number;
                /** @description 事项类别：case、ticket、rectification … */
                subjectKind?: string;
                /** @description 窗口 */
                windowId?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            acceptedOn: string;
                            assignee: {
                                id: string;
                                name: string | null;
                            } | null;
                            calendarMissing: boolean;
                            /** @enum {string} */
                            colour: "green" | "yellow" | "red" | "suspended";
                            department: {
                                id: string;
                                name: string;
                            };
                            dueOn: string | null;
                            id: string;
                            missingYears: number[];
                            /** @enum {string} */
                            status: "open" | "suspended";
                            subjectId: string;
                            subjectKind: string;
                            title: string;
                            windowId: string | null;
                            /** @description 剩余工作日（含当日）；红牌为超期天数（负数） */
                            workingDaysLeft: number | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getSupervisionDeadlinesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptedOn: string;
                        assigneeId: string | null;
                        calendarMissing: boolean;
                        calendarVersion: string;
                        closedAt: string | null;
                        closedOn: string | null;
                        /** @enum {string} */
                        colour?: "green" | "yellow" | "red" | "suspended" | "closed";
                        /** @description 从受理次日到到期日，逐日说明是否计入时限 */
                        days: {
                            date: string;
                            /** @description 计入时限的第几个工作日 */
                            day: number | null;
                            name?: string;
                            /** @enum {string} */
                            reason: "counted" | "suspended" | "weekend" | "holiday" | "regional";
                            unknownYear?: boolean;
                        }[];
                        departmentId: string;
                        dueOn: string | null;
                        extensionDays: number;
                        extensions: {
                            approvedBy: string | null;
                            at: string;
                            reason: string;
                            workingDays: number;
                        }[];
                        history: {
                            at: string;
                            calendarVersion: string;
                            dueOn: string | null;
                            /** @enum {string} */
                            event: "tracked" | "suspended" | "resumed" | "extended" | "recomputed" | "closed";
                            note?: string;
                        }[];
                        id: string;
                        immediate: boolean;
                        legalWorkingDays: number | null;
                        missingYears: number[];
                        onTime: boolean | null;
                        /** @description 按记录的输入在同一日历版本上复算的到期日 */
                        recomputedDueOn: string | null;
                        regionCode: string;
                        startedAt: string;
                        /** @enum {string} */
                        status: "open" | "suspended" | "closed";
                        subjectId: string;
                        subjectKind: string;
                        suspensions: {
                            from: string;
                            fromAt: string;
                            /** @enum {string} */
                            kind: "correction" | "special-procedure" | "consultation";
                            reason: string | null;
                            to: string | null;
                            toAt: string | null;
                        }[];
                        title: string;
                        totalWorkingDays: number;
                        /** @description 督办记录，按时间先后 */
                        urges: {
                            /** @enum {string} */
                            colour: "yellow" | "red";
                            /** @description 督办时的预警：黄牌、红牌 */
                            colourName: string;
                            deadlineId: string;
                            id: string;
                            message: string;
                            /** @description 收到督办消息的人数 */
                            notifiedCount: number;
                            /** @description 督办时间（UTC，页面按北京时间显示） */
                            urgedAt: string;
                            urgedBy: {
                                id: string;
                                name: string | null;
                            };
                        }[];
                        usedWorkingDays: number | null;
                        windowId: string | null;
                        workingDays: number;
                        yellowFrom: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postSupervisionDeadlinesByIdUrges: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 督办意见：发给承办人，记入期限和审计日志 */
                    message: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        colour: "yellow" | "red";
                        /** @description 督办时的预警：黄牌、红牌 */
                        colourName: string;
                        deadlineId: string;
                        id: string;
                        message: string;
                        /** @description 收到督办消息的人数 */
                        notifiedCount: number;
                        /** @description 督办时间（UTC，页面按北京时间显示） */
                        urgedAt: string;
                        urgedBy: {
                            id: string;
                            name: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getSupervisionSettingsYellowRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fraction: number;
                        minDays: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putSupervisionSettingsYellowRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 或时限的比例，取较长者 */
                    fraction: number;
                    /** @description 黄牌窗口至少几个工作日 */
                    minDays: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fraction: number;
                        minDays: number;
                        /** @description 重新计算的在办期限数 */
                        recomputed: number;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getSupervisionStatistics: {
        parameters: {
            query?: {
                departmentId?: string;
                period?: "week" | "quarter";
                periods?: number;
                subjectKind?: string;
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EfficiencyReport"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getSupervisionSubjectsByKindBySubjectIdUrges: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                kind: string;
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deadlineId: string | null;
                        items: {
                            /** @enum {string} */
                            colour: "yellow" | "red";
                            /** @description 督办时的预警：黄牌、红牌 */
                            colourName: string;
                            deadlineId: string;
                            id: string;
                            message: string;
                            /** @description 收到督办消息的人数 */
                            notifiedCount: number;
                            /** @description 督办时间（UTC，页面按北京时间显示） */
                            urgedAt: string;
                            urgedBy: {
                                id: string;
                                name: string | null;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getTickets: {
        parameters: {
            query?: {
                departmentId?: string;
                limit?: number;
                status?: "registered" | "dispatched" | "returned" | "answered" | "merged" | "closed";
            };
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answer: string | null;
                            answeredAt: string | null;
                            categoryCode: string | null;
                            content: string;
                            /** @description ISO 8601 instant */
                            createdAt: string;
                            deadline: {
                                colour: ("green" | "yellow" | "red" | "suspended" | "closed") | null;
                                dueOn: string | null;
                                /** @enum {string} */
                                status: "open" | "suspended" | "closed";
                            } | null;
                            departmentId: string | null;
                            dispatchedAt: string | null;
                            dueDate: string | null;
                            /** @description the master ticket this one was merged into */
                            duplicateOf: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "consultation" | "complaint" | "suggestion" | "help";
                            kindName: string;
                            number: string;
                            onTime: boolean | null;
                            rating: {
                                /** @description ISO 8601 instant */
                                at: string;
                                comment: string | null;
                                level: number;
                                levelName?: string;
                            } | null;
                            requesterName: string;
                            /** @description masked (138****5678) unless the reader handles the ticket or filed it */
                            requesterPhone: string | null;
                            /** @enum {string} */
                            source: "phone" | "online" | "window";
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "returned" | "answered" | "merged" | "closed";
                            statusName: string;
                            title: string;
                            /** @description ISO 8601 instant */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postTickets: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categoryCode?: string;
                    content: string;
                    /** @enum {string} */
                    kind: "consultation" | "complaint" | "suggestion" | "help";
                    requesterName?: string;
                    requesterPhone?: string;
                    /** @enum {string} */
                    source?: "phone" | "online" | "window";
                    title: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        possibleDuplicates: {
                            id: string;
                            /** @description search terms in common */
                            matched: number;
                            number: string;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "returned" | "answered" | "merged" | "closed";
                            title: string;
                        }[];
                        /** @description knowledge-base answers that may already answer the request */
                        suggestions: {
                            answer: string;
                            categoryCode: string | null;
                            departmentId: string | null;
                            id: string;
                            matched?: number;
                            question: string;
                            /** @description share of the query’s terms matched, 0–1 */
                            relevance?: number;
                            /** @enum {string} */
                            status: "published" | "retired";
                            title: string;
                            /** @description ISO 8601 instant */
                            updatedAt: string;
                        }[];
                        ticket: components["schemas"]["Ticket"];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getTicketsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: string | null;
                        answeredAt: string | null;
                        categoryCode: string | null;
                        content: string;
                        /** @description ISO 8601 instant */
                        createdAt: string;
                        deadline: {
                            calendarMissing: boolean;
                            colour: ("green" | "yellow" | "red" | "suspended" | "closed") | null;
                            dueOn: string | null;
                            /** @enum {string} */
                            status: "open" | "suspended" | "closed";
                            workingDays: number;
                        } | null;
                        departmentId: string | null;
                        dispatchedAt: string | null;
                        dueDate: string | null;
                        /** @description the master ticket this one was merged into */
                        duplicateOf: string | null;
                        duplicates: {
                            /** @description ISO 8601 instant */
                            createdAt: string;
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "returned" | "answered" | "merged" | "closed";
                            title: string;
                        }[];
                        events: {
                            action: string;
                            actionName: string;
                            /** @description ISO 8601 instant */
                            at: string;
                            fromDepartmentId: string | null;
                            reason: string | null;
                            toDepartmentId: string | null;
                        }[];
                        id: string;
                        /** @enum {string} */
                        kind: "consultation" | "complaint" | "suggestion" | "help";
                        kindName: string;
                        number: string;
                        onTime: boolean | null;
                        rating: {
                            /** @description ISO 8601 instant */
                            at: string;
                            comment: string | null;
                            level: number;
                            levelName?: string;
                        } | null;
                        requesterName: string;
                        /** @description masked (138****5678) unless the reader handles the ticket or filed it */
                        requesterPhone: string | null;
                        /** @enum {string} */
                        source: "phone" | "online" | "window";
                        /** @enum {string} */
                        status: "registered" | "dispatched" | "returned" | "answered" | "merged" | "closed";
                        statusName: string;
                        title: string;
                        /** @description ISO 8601 instant */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postTicketsByIdAnswer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postTicketsByIdClassify: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categoryCode: string;
                    /** @enum {string} */
                    kind?: "consultation" | "complaint" | "suggestion" | "help";
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postTicketsByIdDispatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    departmentId?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postTicketsByIdDuplicateOf: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    masterId: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postTicketsByIdRating: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    level: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postTicketsByIdReturn: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getTicketsByIdSimilar: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description search terms in common */
                            matched: number;
                            number: string;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "returned" | "answered" | "merged" | "closed";
                            title: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postTicketsByIdTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    departmentId: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    getTicketsCategories: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TicketCategory"][];
                    };
                };
            };
            400: components["responses"]["E400"];
            403: components["responses"]["E403"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    putTicketsCategoriesByCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    departmentId: string;
                    name: string;
                    /** @default 0 */
                    sort?: number;
                    workingDays: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketCategory"];
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postZones: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    adminRegionCode?: string | null;
                    areaKm2?: number | null;
                    code: string;
                    name: string;
                    regionCode: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 园区管理机构的行政区划（赋权事项在此办理）；未设管理机构的园区为空 */
                        adminRegion: {
                            code: string;
                            name: string;
                        } | null;
                        areaKm2: number | null;
                        assessments: {
                            conclusion: string;
                            covers: {
                                itemCode: string;
                                materialCode: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "environment" | "water" | "soilWater" | "geology" | "seismic" | "energy" | "mineral" | "traffic" | "flood" | "heritage";
                            kindName: string;
                            /** @description ISO 8601 instant */
                            recordedAt: string;
                            title: string;
                            validUntil: string | null;
                        }[];
                        code: string;
                        name: string;
                        regionCode: string;
                        /** @description 所在县（市、区） */
                        regionName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    patchZonesByCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    adminRegionCode: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 园区管理机构的行政区划（赋权事项在此办理）；未设管理机构的园区为空 */
                        adminRegion: {
                            code: string;
                            name: string;
                        } | null;
                        areaKm2: number | null;
                        assessments: {
                            conclusion: string;
                            covers: {
                                itemCode: string;
                                materialCode: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "environment" | "water" | "soilWater" | "geology" | "seismic" | "energy" | "mineral" | "traffic" | "flood" | "heritage";
                            kindName: string;
                            /** @description ISO 8601 instant */
                            recordedAt: string;
                            title: string;
                            validUntil: string | null;
                        }[];
                        code: string;
                        name: string;
                        regionCode: string;
                        /** @description 所在县（市、区） */
                        regionName: string;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
    postZonesByCodeAssessments: {
        parameters: {
            query?: never;
            header?: {
                /** @description 错误提示语的语言：zh-CN（默认）或 en */
                "accept-language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conclusion: string;
                    /** @description 评估成果代替的申请材料 */
                    covers: {
                        itemCode: string;
                        materialCode: string;
                    }[];
                    /**
                     * @description environment 环境影响评价 · water 水资源论证 · soilWater 水土保持 · geology 地质灾害危险性评估 · seismic 地震安全性评价 · energy 节能评价 · mineral 压覆重要矿产资源评估 · traffic 交通影响评价 · flood 洪水影响评价 · heritage 文物考古调查
                     * @enum {string}
                     */
                    kind: "environment" | "water" | "soilWater" | "geology" | "seismic" | "energy" | "mineral" | "traffic" | "flood" | "heritage";
                    title: string;
                    validUntil?: string | null;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conclusion: string;
                        covers: {
                            itemCode: string;
                            materialCode: string;
                        }[];
                        id: string;
                        /** @enum {string} */
                        kind: "environment" | "water" | "soilWater" | "geology" | "seismic" | "energy" | "mineral" | "traffic" | "flood" | "heritage";
                        kindName: string;
                        /** @description ISO 8601 instant */
                        recordedAt: string;
                        title: string;
                        validUntil: string | null;
                    };
                };
            };
            400: components["responses"]["E400"];
            401: components["responses"]["E401"];
            403: components["responses"]["E403"];
            404: components["responses"]["E404"];
            409: components["responses"]["E409"];
            422: components["responses"]["E422"];
            429: components["responses"]["E429"];
            500: components["responses"]["E500"];
            503: components["responses"]["E503"];
        };
    };
}
